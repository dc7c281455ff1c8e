import type { DiffCase } from "../harness.ts";

// MySpriteDrawFrame.Clip and its ClearClipToken (issue 10; compiler/se/values/sprite.ts vs the C# stub):
// Clip adds a clip-rectangle sprite and returns the token; the token's Dispose adds a clear-clip sprite
// (each time it is called, as the game's), the frame keeps collecting until its own Dispose.
const TOP = `import { MySprite, MySpriteDrawFrame, Color, TextAlignment, SpriteType } from "pbts/se";
function show(list: MySprite[]): string {
  let s = "";
  for (const x of list) {
    const kind = x.Type === SpriteType.CLIP_RECT ? "clip" : x.Type === SpriteType.TEXT ? "text" : "texture";
    const pos = x.Position;
    const size = x.Size;
    s += \`[\${kind} \${x.Data ?? "-"} \${pos === null ? "-" : \`\${pos.X},\${pos.Y}\`} \${size === null ? "-" : \`\${size.X},\${size.Y}\`}]\`;
  }
  return s;
}`;
const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("MySpriteDrawFrame.Clip: the clip sprite, then the clear-clip sprite on the token's Dispose", `const got: MySprite[] = [];
      const frame = new MySpriteDrawFrame((f: MySpriteDrawFrame) => f.AddToList(got));
      frame.Add(MySprite.CreateText("before", "Debug", Color.White, 1, TextAlignment.LEFT));
      const clip = frame.Clip(10, 20, 300, 40);
      frame.Add(MySprite.CreateText("inside", "Debug", Color.White, 1, TextAlignment.LEFT));
      clip.Dispose();
      frame.Add(MySprite.CreateText("after", "Debug", Color.White, 1, TextAlignment.LEFT));
      frame.Dispose();
      this.Echo(\`\${got.length} \${show(got)}\`);`),
  c("MySpriteDrawFrame.Clip: nested clips, a token disposed twice, negative sizes", `const got: MySprite[] = [];
      const frame = new MySpriteDrawFrame((f: MySpriteDrawFrame) => f.AddToList(got));
      const outer = frame.Clip(0, 0, 512, 512);
      const inner = frame.Clip(-5, 7, -1, 0);
      inner.Dispose();
      inner.Dispose();
      outer.Dispose();
      frame.Dispose();
      this.Echo(\`\${got.length} \${show(got)}\`);`),
];
