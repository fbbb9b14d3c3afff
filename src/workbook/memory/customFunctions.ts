import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import type { Arg, Cell } from "../../core/cells";
import { messageOf } from "../../core/errors";
import { CUSTOM_FUNCTIONS, type CustomFunction, type FunctionResult } from "../../core/functions";
import { sheetsErrorText } from "./sheetsErrors";

/**
 * Our custom functions from src/core as a HyperFormula plugin, called the way Sheets calls them: a range
 * arrives as a 2D array of plain values ("" for blanks, dates as serial numbers), a single cell as one
 * value, and an N×1 result spills down from the formula cell. A thrown Error becomes #ERROR! carrying
 * the message, as Sheets shows it on the cell.
 */

// HyperFormula does not export its AST and interpreter-state types; these reach them through the
// plugin constructor, which is public.
type Interpreter = ConstructorParameters<FunctionPluginDefinition>[0];
type Ast = Parameters<Interpreter["evaluateAst"]>[0];
type State = Parameters<Interpreter["evaluateAst"]>[1];
type CallAst = Extract<Ast, { procedureName: string }>;
type HfValue = ReturnType<Interpreter["evaluateAst"]>;

const FUNCTIONS = new Map<string, CustomFunction>(CUSTOM_FUNCTIONS.map((fn) => [fn.name, fn]));

function implementedFunctions(): ImplementedFunctions {
  const implemented: ImplementedFunctions = {};
  for (const fn of CUSTOM_FUNCTIONS) {
    implemented[fn.name] = {
      method: "call",
      sizeOfResultArrayMethod: "size",
      vectorizationForbidden: true,
      parameters: fn.params.map((param) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: param.optional === true,
      })),
    };
  }
  return implemented;
}

/** A value inside a range as Apps Script hands it to a custom function. */
function cellOf(value: unknown): Cell {
  if (value === EmptyValue || value === null || value === undefined) return "";
  if (value instanceof CellError) return sheetsErrorText(value.type);
  if (typeof value === "object" && "val" in value) return (value as { val: number }).val;
  return value as Cell;
}

function argOf(value: unknown): Arg {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(cellOf));
  return cellOf(value);
}

/** One result value for HyperFormula; a Date becomes a serial from its local fields, as HyperFormula reads Dates. */
function resultValue(cell: Cell): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    const midnight = Date.UTC(cell.getFullYear(), cell.getMonth(), cell.getDate());
    const dayMs =
      ((cell.getHours() * 60 + cell.getMinutes()) * 60 + cell.getSeconds()) * 1000 + cell.getMilliseconds();
    return (midnight + dayMs - Date.UTC(1899, 11, 30)) / 86_400_000;
  }
  return cell;
}

class CoreFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions = implementedFunctions();

  call(ast: CallAst, state: State): HfValue {
    const name = ast.procedureName;
    const fn = FUNCTIONS.get(name);
    if (!fn) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      let result: FunctionResult;
      try {
        result = fn.run(...args.map(argOf));
      } catch (error) {
        return new CellError(ErrorType.ERROR, messageOf(error));
      }
      return this.shaped(name, result, this.size(ast, state).height);
    });
  }

  size(ast: CallAst, state: State): ArraySize {
    const fn = FUNCTIONS.get(ast.procedureName);
    if (!fn) return ArraySize.error();
    // Lookup tables (tier table, rate card) say nothing about the result's height; per-row arguments do.
    let height = 1;
    fn.params.forEach((param, index) => {
      const arg = ast.args[index];
      if (param.perRow && arg) height = Math.max(height, this.arraySizeForAst(arg, state).height);
    });
    return new ArraySize(1, height);
  }

  /** HyperFormula reserves the predicted spill area before the call; a result of another shape cannot land. */
  private shaped(name: string, result: FunctionResult, height: number): HfValue {
    if (!Array.isArray(result)) return resultValue(result);
    const rows = result.map((row) => [resultValue(row[0])]);
    if (rows.length === 1 && height === 1) return rows[0]?.[0] ?? "";
    if (rows.length !== height || result.some((row) => row.length !== 1)) {
      return new CellError(
        ErrorType.ERROR,
        `${name}: returned ${rows.length} rows where the ranges given have ${height}; give ranges of the same height`,
      );
    }
    return SimpleRangeValue.onlyValues(rows);
  }
}

/** Registers the plugin once per process; HyperFormula keeps function plugins in a global registry. */
export function registerCustomFunctions(): void {
  const names = [...FUNCTIONS.keys()];
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes(names[0] ?? "")) return;
  const translations = Object.fromEntries(names.map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(CoreFunctionsPlugin, { enGB: translations });
}
