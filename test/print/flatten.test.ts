// flatten.ts (`full`): a class made exactly once by Program's constructor is folded into Program; every
// condition it cannot prove leaves the class as it is (one test per refusal).
import { describe, expect, it } from "vitest";
import { printLines } from "../../compiler/print/index.ts";
import { foldSingletons } from "../../compiler/print/flatten.ts";
import { lex } from "../../compiler/print/lexer.ts";
import { fixedNames, programMembers, unqualifiedNames } from "../../compiler/print/names.ts";

const full = (code: string) => printLines(code.split("\n").map((text) => ({ text })), "full").text;
/** The classes foldSingletons folds in `code` (before any other pass). */
const folded = (code: string) => foldSingletons(lex(code), unqualifiedNames(), programMembers(), fixedNames()).folded;
const why = (code: string) => foldSingletons(lex(code), unqualifiedNames(), programMembers(), fixedNames()).refused.get("Console");
const fold = (code: string) => {
  const r = foldSingletons(lex(code), unqualifiedNames(), programMembers(), fixedNames());
  return r.toks.map((t) => t.t).join(" ");
};

const CONSOLE = `public class Console{
readonly MyGridProgram program;
readonly int max;
public string Title;
public List<string> Lines=new List<string>();
int count=1;
public Console(MyGridProgram program,string title,int max){
this.program=program;
this.max=max;
Title=title;
}
public void Info(string m){program.Echo(m);Lines.Add(m);count++;}
}`;

const good = (extra = "", ctor = `console=new Console(this,"T",8);`, cls = CONSOLE) => `Console console;
public Program(){
${ctor}
console.Info("up");
}
public void Main(string argument,UpdateType updateSource){
console.Info(argument);${extra}
}
${cls}`;

describe("flatten: folding a single-instance class into Program", () => {
  it("folds a class made once, at the top of Program's constructor: members Program's, `program.` and `console.` gone", () => {
    // (a static member refuses: Seed is one, so this class first without it)
    expect(folded(good())).toEqual(["Console"]);
    const out = fold(good());
    expect(out).not.toContain("class Console");
    expect(out).not.toContain("program");
    expect(out).toContain("this . max = 8 ;");
    expect(out).toContain('this . Title = "T" ;'.replace("this . Title", "Title"));
    // the constant initializer stays a field's, the call in Main is Program's own
    expect(out).toContain("int count = 1 ;");
    expect(out).toContain("this . Info ( argument )");
  });
  it("moves an initializer that must run at `new` into the folded constructor body, after the arguments", () => {
    const cls = CONSOLE.replace("int count=1;", "int count=Js.Seed();");
    const code = good("", undefined, cls) + "\nstatic class Js{public static int Seed(){return 0;}}";
    expect(folded(code)).toEqual(["Console"]);
    const out = fold(code);
    expect(out).toContain("int count ;");
    // (C# runs it before the constructor's body: first, before `Title = title;`)
    expect(out).toMatch(/Program \( \) \{ this \. count = Js \. Seed \( \) ; .*Title = "T" ;/);
  });
  it("keeps a field initializer that makes an object of the script's at `new` (its constructor may do something), an API one early", () => {
    const cls = CONSOLE.replace("int count=1;", "int count=1;\nHelper h=new Helper();\nMyIni ini=new MyIni();");
    const code = good("", `Echo("before");console=new Console(this,"T",8);`, cls) + "\nclass Helper{public Helper(){Js.Note();}}\nstatic class Js{public static void Note(){}}";
    expect(folded(code)).toContain("Console");
    const out = fold(code);
    // (then Helper, made once by that statement, is folded too: its constructor's body right there)
    expect(folded(code)).toEqual(["Console", "Helper"]);
    expect(out).toMatch(/Echo \( "before" \) ; Js \. Note \( \) ;/);
    expect(out).not.toContain("new Helper");
    expect(out).toContain("MyIni ini = new MyIni ( ) ;");
  });
  it("folds a class given another folded one (the holder first), and `full` prints neither class", () => {
    const code = `Console console;
Manager manager;
public Program(){
console=new Console(this,"T",8);
manager=new Manager(this,console,new MyIni());
manager.OnUp=() => console.Info("up");
}
public void Main(string argument,UpdateType updateSource){
manager.Run(argument);
}
${CONSOLE}
public class Manager{
readonly MyGridProgram p;
readonly Console con;
readonly MyIni ini;
public Action OnUp;
public Manager(MyGridProgram p,Console con,MyIni ini){
this.p=p;
this.con=con;
this.ini=ini;
var s=p.Storage;
con.Info(s);
}
public void Run(string a){con.Info(a+p.Me.CustomName);OnUp?.Invoke();}
}`;
    expect(folded(code)).toEqual(["Manager", "Console"]);
    const out = full(code);
    expect(out).not.toMatch(/\bclass\b/);
  });

  const refuse: [string, string][] = [
    ["two `new` of the class", good("", `console=new Console(this,"T",8);var c2=new Console(this,"U",1);`)],
    ["the `new` inside a branch", good("", `if(Me!=null)console=new Console(this,"T",8);`)],
    ["the `new` in a method that may run again", good(`console=new Console(this,"U",2);`, "")],
    ["the field assigned again", good(`console=null;`)],
    ["the instance used as a value", good(`var c=console;`)],
    ["a base list", good("", undefined, CONSOLE.replace("public class Console{", "public class Console:IDisposable{").replace("public void Info", "public void Dispose(){}\npublic void Info"))],
    ["a member named like MyGridProgram's", good("", undefined, CONSOLE.replace("public void Info(string m){", "public void Echo(string m){}\npublic void Info(string m){"))],
    ["`this` as a value", good("", undefined, CONSOLE.replace("count++;}", "count++;Keep(this);}\nvoid Keep(Console c){}"))],
    ["a `return` in the constructor", good("", undefined, CONSOLE.replace("Title=title;", "Title=title;if(max>9)return;"))],
    ["a static member", good("", undefined, CONSOLE.replace("public void Info", "static int Seed(){return 0;}\npublic void Info"))],
    ["the instance read before it is made", good("", `Peek();console=new Console(this,"T",8);`) + "\nvoid Peek(){console.Info(\"x\");}"],
    ["its member called on object's ToString", good(`var t=console.ToString();`)],
    // (folded, `Title=title;` of Console's constructor would assign the constructor's local)
    ["a local of Program's constructor named like a member the folded body writes", good("", `var Title="x";console=new Console(this,"T",8);Echo(Title);`)],
  ];
  const REASON: Record<string, string> = {
    "two `new` of the class": "2 `new Console`",
    "the `new` inside a branch": "not at the top level",
    "the `new` in a method that may run again": "not at the top level",
    "the field assigned again": "console used other than",
    "the instance used as a value": "console used other than",
    "a base list": "a base list",
    "a member named like MyGridProgram's": "member Echo",
    "`this` as a value": "`this` as a value",
    "a `return` in the constructor": "`return`",
    "a static member": "modifier static",
    "the instance read before it is made": "may be read before it is assigned",
    "its member called on object's ToString": "console used other than",
    "a local of Program's constructor named like a member the folded body writes": "Title: a local of Program's constructor"
  };
  for (const [what, code] of refuse)
    it(`refuses: ${what}`, () => {
      expect(folded(code)).toEqual([]);
      expect(why(code)).toContain(REASON[what]);
    });
});
