import type { DiffCase } from "../harness.ts";

// MyProductionItem (a production queue's entry, hand-written: compiler/se/values/items.ts and the C# stub
// VRage.Game.MyDefinitionId.cs): its constructor, C#'s default value, its fields, a list of them.
const TOP = `import { MyDefinitionId, MyFixedPoint, MyProductionItem, toUint } from "pbts/se";
function entry(id: number, name: string, amount: string): MyProductionItem {
  return new MyProductionItem(toUint(id), MyDefinitionId.Parse("MyObjectBuilder_BlueprintDefinition/" + name), MyFixedPoint.DeserializeString(amount));
}`;

const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("MyProductionItem: the constructor's fields, printed", `const e = entry(4000000000, "SteelPlate", "2.5");
    this.Echo(\`\${e.ItemId} \${e.BlueprintId.ToString()} \${e.BlueprintId.SubtypeName} \${e.Amount.ToString()} \${e.Amount.RawValue}\`);`),
  c("MyProductionItem: new MyProductionItem() is C#'s default (id 0, no blueprint, amount 0)", `const d = new MyProductionItem();
    this.Echo(\`[\${d.ItemId}] [\${d.BlueprintId.ToString()}] [\${d.BlueprintId.SubtypeName}] [\${d.Amount.ToString()}] \${d.BlueprintId.Equals(new MyDefinitionId())}\`);`),
  c("MyProductionItem: a list of entries, summed and found by blueprint", `const q: MyProductionItem[] = [entry(0, "SteelPlate", "3"), entry(1, "Motor", "1"), entry(2, "SteelPlate", "0.5")];
    let plates = MyFixedPoint.Zero;
    for (const e of q) if (e.BlueprintId.SubtypeName === "SteelPlate") plates = MyFixedPoint.AddSafe(plates, e.Amount);
    const motor = q.find((e) => e.BlueprintId.Equals(MyDefinitionId.Parse("MyObjectBuilder_BlueprintDefinition/Motor")));
    this.Echo(\`\${plates.ToString()} \${motor?.ItemId ?? -1} \${q.length}\`);`),
];
