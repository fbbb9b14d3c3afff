/**
 * Every fake service object extends `Recorded`. Code under test only ever sees proxies of them,
 * and each method call through a proxy is appended to `calls` as "Class.method" before it runs.
 * Tests hold the raw objects, so inspecting state adds nothing to the record.
 */
export abstract class Recorded {
  constructor(readonly recorder: Recorder) {}
  /** The Apps Script class name used in the record, e.g. "Range". */
  abstract readonly className: string;
}

export class Recorder {
  readonly calls: string[] = [];
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  /** What the code under test receives: proxies of fakes, arrays of them mapped, anything else as is. */
  expose<T>(value: T): T {
    if (value instanceof Recorded) return this.proxyOf(value) as T;
    if (Array.isArray(value) && value.some((item) => item instanceof Recorded)) {
      return value.map((item) => this.expose(item)) as T;
    }
    return value;
  }

  private unwrap(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    const target = this.targets.get(value);
    if (target) return target;
    if (
      Array.isArray(value) &&
      value.some((item) => typeof item === "object" && item !== null && this.targets.has(item))
    ) {
      return value.map((item) => this.unwrap(item));
    }
    return value;
  }

  private proxyOf(target: Recorded): object {
    const known = this.proxies.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get: (object, property) => {
        const member: unknown = Reflect.get(object, property, object);
        if (typeof member !== "function" || typeof property !== "string" || property === "constructor")
          return member;
        return (...args: unknown[]) => {
          this.calls.push(`${object.className}.${property}`);
          return this.expose(
            member.apply(
              object,
              args.map((arg) => this.unwrap(arg)),
            ),
          );
        };
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }
}
