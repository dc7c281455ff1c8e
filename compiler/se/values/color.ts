// VRageMath.Color: a packed RGBA struct (R in the low byte). Named colors' values are the game's.
import type { float, int, uint } from "../prelude.ts";
import { roundHalfEven } from "./mathhelper.ts";
import { Vector3, Vector4 } from "./vectors.ts";

const f = Math.fround;

function clampByte(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}
/** The game's PackUNorm(255, v): scale in float, clamp, round half to even. */
function unorm(v: float): number {
  const x = f(v * 255);
  if (Number.isNaN(x)) return 0;
  if (x < 0) return 0;
  if (x > 255) return 255;
  return roundHalfEven(x);
}

export class Color {
  /** R | G << 8 | B << 16 | A << 24. */
  readonly PackedValue: uint;

  constructor(packedValue: uint);
  constructor(r: int, g: int, b: int);
  constructor(r: int, g: int, b: int, a: int);
  constructor(vector: Vector3);
  constructor(vector: Vector4);
  constructor(a: number | Vector3 | Vector4, g?: number, b?: number, al?: number) {
    if (typeof a === "number" && g === undefined) this.PackedValue = a;
    else if (a instanceof Vector4) this.PackedValue = Color.pack(unorm(a.X), unorm(a.Y), unorm(a.Z), unorm(a.W));
    else if (a instanceof Vector3) this.PackedValue = Color.pack(unorm(a.X), unorm(a.Y), unorm(a.Z), 255);
    else if (Number.isInteger(a) && Number.isInteger(g) && Number.isInteger(b) && (al === undefined || Number.isInteger(al)))
      this.PackedValue = Color.pack(clampByte(a), clampByte(g!), clampByte(b!), al === undefined ? 255 : clampByte(al));
    else this.PackedValue = Color.pack(unorm(a), unorm(g!), unorm(b!), al === undefined ? 255 : unorm(al));
  }
  private static pack(r: number, g: number, b: number, a: number): number {
    return (r | (g << 8) | (b << 16) | (a << 24)) >>> 0;
  }
  private static fromPacked(p: number): Color {
    return new Color(p & 255, (p >>> 8) & 255, (p >>> 16) & 255, p >>> 24);
  }
  get R(): int {
    return this.PackedValue & 255;
  }
  get G(): int {
    return (this.PackedValue >>> 8) & 255;
  }
  get B(): int {
    return (this.PackedValue >>> 16) & 255;
  }
  get A(): int {
    return this.PackedValue >>> 24;
  }
  Equals(other: Color): boolean {
    return this.PackedValue === other.PackedValue;
  }
  ToString(): string {
    return `{R:${this.R} G:${this.G} B:${this.B} A:${this.A}}`;
  }
  ToVector3(): Vector3 {
    return new Vector3(f(this.R / 255), f(this.G / 255), f(this.B / 255));
  }
  ToVector4(): Vector4 {
    return new Vector4(f(this.R / 255), f(this.G / 255), f(this.B / 255), f(this.A / 255));
  }
  /** Each channel times `scale` in 16.16 fixed point, clamped to 255 (the game's Color * float). */
  static Multiply(value: Color, scale: float): Color {
    const sc = f(scale * 65536);
    const k = sc >= 0.0 ? (sc <= 16777215.0 ? Math.trunc(sc) : 16777215) : 0;
    const m = (c: number) => Math.min(255, Math.floor((c * k) / 65536));
    return new Color(m(value.R), m(value.G), m(value.B), m(value.A));
  }
  static Lerp(value1: Color, value2: Color, amount: float): Color {
    const x = f(amount * 65536);
    const k = Number.isNaN(x) ? 0 : x < 0 ? 0 : x > 65536 ? 65536 : roundHalfEven(x);
    const l = (a: number, b: number) => (a + (((b - a) * k) >> 16)) & 255;
    const p = (l(value1.R, value2.R) | (l(value1.G, value2.G) << 8) | (l(value1.B, value2.B) << 16) | (l(value1.A, value2.A) << 24)) >>> 0;
    return Color.fromPacked(p);
  }
  static get Transparent(): Color {
    return Color.fromPacked(0);
  }
  static get AliceBlue(): Color {
    return Color.fromPacked(4294965488);
  }
  static get AntiqueWhite(): Color {
    return Color.fromPacked(4292340730);
  }
  static get Aqua(): Color {
    return Color.fromPacked(4294967040);
  }
  static get Aquamarine(): Color {
    return Color.fromPacked(4292149119);
  }
  static get Azure(): Color {
    return Color.fromPacked(4294967280);
  }
  static get Beige(): Color {
    return Color.fromPacked(4292670965);
  }
  static get Bisque(): Color {
    return Color.fromPacked(4291093759);
  }
  static get Black(): Color {
    return Color.fromPacked(4278190080);
  }
  static get BlanchedAlmond(): Color {
    return Color.fromPacked(4291685375);
  }
  static get Blue(): Color {
    return Color.fromPacked(4294901760);
  }
  static get BlueViolet(): Color {
    return Color.fromPacked(4293012362);
  }
  static get Brown(): Color {
    return Color.fromPacked(4280953509);
  }
  static get BurlyWood(): Color {
    return Color.fromPacked(4287084766);
  }
  static get CadetBlue(): Color {
    return Color.fromPacked(4288716383);
  }
  static get Chartreuse(): Color {
    return Color.fromPacked(4278255487);
  }
  static get Chocolate(): Color {
    return Color.fromPacked(4280183250);
  }
  static get Coral(): Color {
    return Color.fromPacked(4283465727);
  }
  static get CornflowerBlue(): Color {
    return Color.fromPacked(4293760356);
  }
  static get Cornsilk(): Color {
    return Color.fromPacked(4292671743);
  }
  static get Crimson(): Color {
    return Color.fromPacked(4282127580);
  }
  static get Cyan(): Color {
    return Color.fromPacked(4294967040);
  }
  static get DarkBlue(): Color {
    return Color.fromPacked(4287299584);
  }
  static get DarkCyan(): Color {
    return Color.fromPacked(4287335168);
  }
  static get DarkGoldenrod(): Color {
    return Color.fromPacked(4278945464);
  }
  static get DarkGray(): Color {
    return Color.fromPacked(4289309097);
  }
  static get DarkGreen(): Color {
    return Color.fromPacked(4278215680);
  }
  static get DarkKhaki(): Color {
    return Color.fromPacked(4285249469);
  }
  static get DarkMagenta(): Color {
    return Color.fromPacked(4287299723);
  }
  static get DarkOliveGreen(): Color {
    return Color.fromPacked(4281297749);
  }
  static get DarkOrange(): Color {
    return Color.fromPacked(4278226175);
  }
  static get DarkOrchid(): Color {
    return Color.fromPacked(4291572377);
  }
  static get DarkRed(): Color {
    return Color.fromPacked(4278190219);
  }
  static get DarkSalmon(): Color {
    return Color.fromPacked(4286224105);
  }
  static get DarkSeaGreen(): Color {
    return Color.fromPacked(4287347855);
  }
  static get DarkSlateBlue(): Color {
    return Color.fromPacked(4287315272);
  }
  static get DarkSlateGray(): Color {
    return Color.fromPacked(4283387695);
  }
  static get DarkTurquoise(): Color {
    return Color.fromPacked(4291939840);
  }
  static get DarkViolet(): Color {
    return Color.fromPacked(4292018324);
  }
  static get DeepPink(): Color {
    return Color.fromPacked(4287829247);
  }
  static get DeepSkyBlue(): Color {
    return Color.fromPacked(4294950656);
  }
  static get DimGray(): Color {
    return Color.fromPacked(4285098345);
  }
  static get DodgerBlue(): Color {
    return Color.fromPacked(4294938654);
  }
  static get Firebrick(): Color {
    return Color.fromPacked(4280427186);
  }
  static get FloralWhite(): Color {
    return Color.fromPacked(4293982975);
  }
  static get ForestGreen(): Color {
    return Color.fromPacked(4280453922);
  }
  static get Fuchsia(): Color {
    return Color.fromPacked(4294902015);
  }
  static get Gainsboro(): Color {
    return Color.fromPacked(4292664540);
  }
  static get GhostWhite(): Color {
    return Color.fromPacked(4294965496);
  }
  static get Gold(): Color {
    return Color.fromPacked(4278245375);
  }
  static get Goldenrod(): Color {
    return Color.fromPacked(4280329690);
  }
  static get Gray(): Color {
    return Color.fromPacked(4286611584);
  }
  static get Green(): Color {
    return Color.fromPacked(4278222848);
  }
  static get GreenYellow(): Color {
    return Color.fromPacked(4281335725);
  }
  static get Honeydew(): Color {
    return Color.fromPacked(4293984240);
  }
  static get HotPink(): Color {
    return Color.fromPacked(4290013695);
  }
  static get IndianRed(): Color {
    return Color.fromPacked(4284243149);
  }
  static get Indigo(): Color {
    return Color.fromPacked(4286709835);
  }
  static get Ivory(): Color {
    return Color.fromPacked(4293984255);
  }
  static get Khaki(): Color {
    return Color.fromPacked(4287424240);
  }
  static get Lavender(): Color {
    return Color.fromPacked(4294633190);
  }
  static get LavenderBlush(): Color {
    return Color.fromPacked(4294308095);
  }
  static get LawnGreen(): Color {
    return Color.fromPacked(4278254716);
  }
  static get LemonChiffon(): Color {
    return Color.fromPacked(4291689215);
  }
  static get LightBlue(): Color {
    return Color.fromPacked(4293318829);
  }
  static get LightCoral(): Color {
    return Color.fromPacked(4286611696);
  }
  static get LightCyan(): Color {
    return Color.fromPacked(4294967264);
  }
  static get LightGoldenrodYellow(): Color {
    return Color.fromPacked(4292016890);
  }
  static get LightGreen(): Color {
    return Color.fromPacked(4287688336);
  }
  static get LightGray(): Color {
    return Color.fromPacked(4292072403);
  }
  static get LightPink(): Color {
    return Color.fromPacked(4290885375);
  }
  static get LightSalmon(): Color {
    return Color.fromPacked(4286226687);
  }
  static get LightSeaGreen(): Color {
    return Color.fromPacked(4289376800);
  }
  static get LightSkyBlue(): Color {
    return Color.fromPacked(4294626951);
  }
  static get LightSlateGray(): Color {
    return Color.fromPacked(4288252023);
  }
  static get LightSteelBlue(): Color {
    return Color.fromPacked(4292789424);
  }
  static get LightYellow(): Color {
    return Color.fromPacked(4292935679);
  }
  static get Lime(): Color {
    return Color.fromPacked(4278255360);
  }
  static get LimeGreen(): Color {
    return Color.fromPacked(4281519410);
  }
  static get Linen(): Color {
    return Color.fromPacked(4293325050);
  }
  static get Magenta(): Color {
    return Color.fromPacked(4294902015);
  }
  static get Maroon(): Color {
    return Color.fromPacked(4278190208);
  }
  static get MediumAquamarine(): Color {
    return Color.fromPacked(4289383782);
  }
  static get MediumBlue(): Color {
    return Color.fromPacked(4291624960);
  }
  static get MediumOrchid(): Color {
    return Color.fromPacked(4292040122);
  }
  static get MediumPurple(): Color {
    return Color.fromPacked(4292571283);
  }
  static get MediumSeaGreen(): Color {
    return Color.fromPacked(4285641532);
  }
  static get MediumSlateBlue(): Color {
    return Color.fromPacked(4293814395);
  }
  static get MediumSpringGreen(): Color {
    return Color.fromPacked(4288346624);
  }
  static get MediumTurquoise(): Color {
    return Color.fromPacked(4291613000);
  }
  static get MediumVioletRed(): Color {
    return Color.fromPacked(4286911943);
  }
  static get MidnightBlue(): Color {
    return Color.fromPacked(4285536537);
  }
  static get MintCream(): Color {
    return Color.fromPacked(4294639605);
  }
  static get MistyRose(): Color {
    return Color.fromPacked(4292994303);
  }
  static get Moccasin(): Color {
    return Color.fromPacked(4290110719);
  }
  static get NavajoWhite(): Color {
    return Color.fromPacked(4289584895);
  }
  static get Navy(): Color {
    return Color.fromPacked(4286578688);
  }
  static get OldLace(): Color {
    return Color.fromPacked(4293326333);
  }
  static get Olive(): Color {
    return Color.fromPacked(4278222976);
  }
  static get OliveDrab(): Color {
    return Color.fromPacked(4280520299);
  }
  static get Orange(): Color {
    return Color.fromPacked(4278232575);
  }
  static get OrangeRed(): Color {
    return Color.fromPacked(4278207999);
  }
  static get Orchid(): Color {
    return Color.fromPacked(4292243674);
  }
  static get PaleGoldenrod(): Color {
    return Color.fromPacked(4289390830);
  }
  static get PaleGreen(): Color {
    return Color.fromPacked(4288215960);
  }
  static get PaleTurquoise(): Color {
    return Color.fromPacked(4293848751);
  }
  static get PaleVioletRed(): Color {
    return Color.fromPacked(4287852763);
  }
  static get PapayaWhip(): Color {
    return Color.fromPacked(4292210687);
  }
  static get PeachPuff(): Color {
    return Color.fromPacked(4290370303);
  }
  static get Peru(): Color {
    return Color.fromPacked(4282353101);
  }
  static get Pink(): Color {
    return Color.fromPacked(4291543295);
  }
  static get Plum(): Color {
    return Color.fromPacked(4292714717);
  }
  static get PowderBlue(): Color {
    return Color.fromPacked(4293320880);
  }
  static get Purple(): Color {
    return Color.fromPacked(4286578816);
  }
  static get Red(): Color {
    return Color.fromPacked(4278190335);
  }
  static get RosyBrown(): Color {
    return Color.fromPacked(4287598524);
  }
  static get RoyalBlue(): Color {
    return Color.fromPacked(4292962625);
  }
  static get SaddleBrown(): Color {
    return Color.fromPacked(4279453067);
  }
  static get Salmon(): Color {
    return Color.fromPacked(4285694202);
  }
  static get SandyBrown(): Color {
    return Color.fromPacked(4284523764);
  }
  static get SeaGreen(): Color {
    return Color.fromPacked(4283927342);
  }
  static get SeaShell(): Color {
    return Color.fromPacked(4293850623);
  }
  static get Sienna(): Color {
    return Color.fromPacked(4281160352);
  }
  static get Silver(): Color {
    return Color.fromPacked(4290822336);
  }
  static get SkyBlue(): Color {
    return Color.fromPacked(4293643911);
  }
  static get SlateBlue(): Color {
    return Color.fromPacked(4291648106);
  }
  static get SlateGray(): Color {
    return Color.fromPacked(4287660144);
  }
  static get Snow(): Color {
    return Color.fromPacked(4294638335);
  }
  static get SpringGreen(): Color {
    return Color.fromPacked(4286578432);
  }
  static get SteelBlue(): Color {
    return Color.fromPacked(4290019910);
  }
  static get Tan(): Color {
    return Color.fromPacked(4287411410);
  }
  static get Teal(): Color {
    return Color.fromPacked(4286611456);
  }
  static get Thistle(): Color {
    return Color.fromPacked(4292394968);
  }
  static get Tomato(): Color {
    return Color.fromPacked(4282868735);
  }
  static get Turquoise(): Color {
    return Color.fromPacked(4291878976);
  }
  static get Violet(): Color {
    return Color.fromPacked(4293821166);
  }
  static get Wheat(): Color {
    return Color.fromPacked(4289978101);
  }
  static get White(): Color {
    return Color.fromPacked(4294967295);
  }
  static get WhiteSmoke(): Color {
    return Color.fromPacked(4294309365);
  }
  static get Yellow(): Color {
    return Color.fromPacked(4278255615);
  }
  static get YellowGreen(): Color {
    return Color.fromPacked(4281519514);
  }
}
