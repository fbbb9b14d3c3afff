import { Recorded, type Recorder } from "./recorder";

const VALUE_LIMIT_BYTES = 9 * 1024;
const STORE_LIMIT_BYTES = 500 * 1024;

export class FakeProperties extends Recorded {
  readonly className = "Properties";
  readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): FakeProperties {
    const text = String(value);
    if (Buffer.byteLength(key) + Buffer.byteLength(text) > VALUE_LIMIT_BYTES) {
      throw new Error("Argument too large: value");
    }
    const others = [...this.values].filter(([k]) => k !== key);
    const total = others.reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    if (total + Buffer.byteLength(key) + Buffer.byteLength(text) > STORE_LIMIT_BYTES) {
      throw new Error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
    this.values.set(key, text);
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    this.values.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  getKeys(): string[] {
    return [...this.values.keys()];
  }

  deleteAllProperties(): FakeProperties {
    this.values.clear();
    return this;
  }
}

export class FakePropertiesService extends Recorded {
  readonly className = "PropertiesService";

  constructor(
    recorder: Recorder,
    readonly document: FakeProperties | null,
    readonly user: FakeProperties,
    readonly script: FakeProperties,
  ) {
    super(recorder);
  }

  /** Null when the run has no document, as documented. */
  getDocumentProperties(): FakeProperties | null {
    return this.document;
  }

  getUserProperties(): FakeProperties {
    return this.user;
  }

  getScriptProperties(): FakeProperties {
    return this.script;
  }
}
