import type { DiffCase } from "../harness.ts";

// Optional chains: a missing element read through ?. and printed (C104).
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  {
    name: "(C104) a missing element read through ?. and printed: undefined in JS (its TS type holds neither null nor undefined), not null",
    top: `class Door { name = "d"; }`,
    main: `const ds = [new Door()]; ${show("'' + ds[5]?.name + ' ' + ds[0]?.name + ` ${ds[3]?.name}` + ' ' + String(ds[2]?.name)")}`,
  },
];
