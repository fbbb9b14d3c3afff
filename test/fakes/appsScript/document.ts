import { GlyphType, ParagraphHeading } from "./enums";
import { Recorded, type Recorder } from "./recorder";

type HeadingName = keyof typeof ParagraphHeading;
type GlyphName = keyof typeof GlyphType;

export class FakeDocumentApp extends Recorded {
  readonly className = "DocumentApp";
  readonly ParagraphHeading = ParagraphHeading;
  readonly GlyphType = GlyphType;
  readonly documents: FakeDocument[] = [];

  create(name: string): FakeDocument {
    const document = new FakeDocument(this.recorder, `doc-${this.documents.length + 1}`, name);
    this.documents.push(document);
    return document;
  }

  openById(id: string): FakeDocument {
    const document = this.documents.find((d) => d.id === id);
    if (!document)
      throw new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    return document;
  }
}

export class FakeDocument extends Recorded {
  readonly className = "Document";
  readonly body: FakeBody;
  saved = false;

  constructor(
    recorder: Recorder,
    readonly id: string,
    readonly name: string,
  ) {
    super(recorder);
    this.body = new FakeBody(recorder);
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this.id}`;
  }

  getBody(): FakeBody {
    return this.body;
  }

  saveAndClose(): void {
    this.saved = true;
    this.body.closed = true;
  }
}

export class FakeBody extends Recorded {
  readonly className = "Body";
  /** A new document holds one empty paragraph. */
  children: (FakeParagraph | FakeListItem)[] = [new FakeParagraph(this.recorder, "")];
  closed = false;

  appendParagraph(text: string): FakeParagraph {
    this.assertOpen();
    const paragraph = new FakeParagraph(this.recorder, text);
    this.children.push(paragraph);
    return paragraph;
  }

  appendListItem(text: string): FakeListItem {
    this.assertOpen();
    const item = new FakeListItem(this.recorder, text);
    this.children.push(item);
    return item;
  }

  getNumChildren(): number {
    return this.children.length;
  }

  getChild(childIndex: number): FakeParagraph | FakeListItem {
    const child = this.children[childIndex];
    if (!child)
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`,
      );
    return child;
  }

  removeChild(child: FakeParagraph | FakeListItem): FakeBody {
    this.assertOpen();
    const rest = this.children.filter((c) => c !== child);
    if (rest.length === 0) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this.children = rest;
    return this;
  }

  getText(): string {
    return this.children.map((c) => c.text).join("\n");
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("Document is closed, its contents cannot be updated.");
  }
}

export class FakeParagraph extends Recorded {
  readonly className = "Paragraph";
  heading: HeadingName = ParagraphHeading.NORMAL;

  constructor(
    recorder: Recorder,
    public text: string,
  ) {
    super(recorder);
  }

  getText(): string {
    return this.text;
  }

  setHeading(heading: HeadingName): FakeParagraph {
    this.heading = heading;
    return this;
  }

  getHeading(): HeadingName {
    return this.heading;
  }
}

export class FakeListItem extends Recorded {
  readonly className = "ListItem";
  glyphType: GlyphName = GlyphType.BULLET;

  constructor(
    recorder: Recorder,
    public text: string,
  ) {
    super(recorder);
  }

  getText(): string {
    return this.text;
  }

  setGlyphType(glyphType: GlyphName): FakeListItem {
    this.glyphType = glyphType;
    return this;
  }

  getGlyphType(): GlyphName {
    return this.glyphType;
  }
}
