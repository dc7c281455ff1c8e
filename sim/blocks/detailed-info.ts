// DetailedInfo texts that players parse, as the game writes them (English). Read from the game's public
// source (github.com/KeenSoftwareHouse/SpaceEngineers: MyBatteryBlock.UpdateDetailedInfo, VRage's
// MyValueFormatter) and checked against players' scripts that split them by line:
//   Type: Battery / Max Output: 12.00 MW / Max Required Input: 12.00 MW / Max Stored Power: 3.00 MWh /
//   Current Input: 0 W / Current Output: 581.45 kW / Stored power: 3.00 MWh / Fully depleted in: 5 hours
// Only batteries: the other blocks' texts (tanks, reactors, solar panels) are not modelled (empty).
import type { SimKindBlock } from "./kind-block.ts";

/** C#'s Math.Round(double, digits): scale, round half to even, scale back (.NET Framework's way). */
function roundHalfEven(x: number, digits: number): number {
  const p = 10 ** digits;
  const y = x * p;
  const f = Math.floor(y);
  const d = y - f;
  const r = d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
  return r / p;
}

/** MyValueFormatter.AppendFormattedValueInBestUnit: the largest unit not above the value, in float arithmetic. */
function inBestUnit(value: number, names: readonly string[], multipliers: readonly number[], digits: readonly number[]): string {
  let v = Math.fround(value);
  if (!Number.isFinite(v)) return "-";
  const abs = Math.abs(v);
  let i = 1;
  while (i < multipliers.length && abs >= Math.fround(multipliers[i]!)) i++;
  i--;
  v = Math.fround(v / Math.fround(multipliers[i]!));
  return `${roundHalfEven(v, digits[i]!).toFixed(digits[i]!)} ${names[i]}`;
}
const work = (mw: number) => inBestUnit(mw, ["W", "kW", "MW", "GW"], [0.000001, 0.001, 1, 1000], [0, 2, 2, 2]);
const workHours = (mwh: number) => inBestUnit(mwh, ["Wh", "kWh", "MWh", "GWh"], [0.000001, 0.001, 1, 1000], [0, 2, 2, 2]);
const time = (s: number) => inBestUnit(s, ["sec", "min", "hours", "days", "years"], [1, 60, 3600, 86400, 31536000], [0, 0, 0, 0, 0]);

/** A battery's DetailedInfo: its values now, and the time to full (charging) or to empty (else; "-" when nothing flows). */
export function batteryInfo(b: SimKindBlock): string {
  const input = b.num("CurrentInput");
  const output = b.num("CurrentOutput");
  const stored = b.num("CurrentStoredPower");
  const max = b.num("MaxStoredPower");
  // MWh over MW is hours; the game keeps the remaining time in seconds
  const remaining = input > output ? ((max - stored) / (input - output)) * 3600 : input === output ? Infinity : (stored / (output - input)) * 3600;
  return (
    `Type: Battery\nMax Output: ${work(b.num("MaxOutput"))}\nMax Required Input: ${work(b.num("MaxInput"))}\n` +
    `Max Stored Power: ${workHours(max)}\nCurrent Input: ${work(input)}\nCurrent Output: ${work(output)}\n` +
    `Stored power: ${workHours(stored)}\n${input > output ? "Fully recharged in: " : "Fully depleted in: "}${time(remaining)}`
  );
}
