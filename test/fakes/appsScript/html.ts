import { Recorded, type Recorder } from "./recorder";

/** HtmlService over the project's HTML files (name without ".html" → content), as clasp pushed them. */
export class FakeHtmlService extends Recorded {
  readonly className = "HtmlService";

  constructor(
    recorder: Recorder,
    private readonly files: Record<string, string>,
  ) {
    super(recorder);
  }

  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    const content = this.files[name];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(this.recorder, content);
  }
}

export class FakeHtmlOutput extends Recorded {
  readonly className = "HtmlOutput";
  title = "";

  constructor(
    recorder: Recorder,
    private content: string,
  ) {
    super(recorder);
  }

  getContent(): string {
    return this.content;
  }

  append(added: string): FakeHtmlOutput {
    this.content += added;
    return this;
  }

  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
}
