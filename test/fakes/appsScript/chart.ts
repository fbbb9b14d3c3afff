import type { ChartType } from "./enums";
import type { FakeRange } from "./range";
import { Recorded, type Recorder } from "./recorder";
import type { FakeSheet } from "./sheet";

type ChartTypeName = keyof typeof ChartType;

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export class FakeEmbeddedChartBuilder extends Recorded {
  readonly className = "EmbeddedChartBuilder";
  private type?: ChartTypeName;
  private readonly ranges: FakeRange[] = [];
  private numHeaders = -1;
  private position: ChartPosition = { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };
  private readonly options = new Map<string, unknown>();

  constructor(
    recorder: Recorder,
    readonly sheet: FakeSheet,
  ) {
    super(recorder);
  }

  setChartType(type: ChartTypeName): FakeEmbeddedChartBuilder {
    this.type = type;
    return this;
  }

  addRange(range: FakeRange): FakeEmbeddedChartBuilder {
    this.ranges.push(range);
    return this;
  }

  setNumHeaders(headers: number): FakeEmbeddedChartBuilder {
    this.numHeaders = headers;
    return this;
  }

  setPosition(
    anchorRow: number,
    anchorColumn: number,
    offsetX: number,
    offsetY: number,
  ): FakeEmbeddedChartBuilder {
    this.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): FakeEmbeddedChartBuilder {
    this.options.set(option, value);
    return this;
  }

  build(): FakeEmbeddedChart {
    if (!this.type) throw new Error("Fake EmbeddedChartBuilder: call setChartType before build().");
    return new FakeEmbeddedChart(this.recorder, {
      type: this.type,
      ranges: [...this.ranges],
      numHeaders: this.numHeaders,
      position: { ...this.position },
      options: new Map(this.options),
    });
  }
}

export interface ChartState {
  type: ChartTypeName;
  ranges: FakeRange[];
  /** -1 lets Sheets guess, as in the real builder. */
  numHeaders: number;
  position: ChartPosition;
  options: Map<string, unknown>;
}

export class FakeEmbeddedChart extends Recorded {
  readonly className = "EmbeddedChart";

  constructor(
    recorder: Recorder,
    readonly state: ChartState,
  ) {
    super(recorder);
  }

  getRanges(): FakeRange[] {
    return [...this.state.ranges];
  }

  getNumHeaders(): number {
    return this.state.numHeaders;
  }
}
