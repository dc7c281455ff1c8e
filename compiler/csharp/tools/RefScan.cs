// RefScan: a pbts dev tool (run under mono) that lists every external type and member a compiled
// assembly references, for the whitelist check (compiler/csharp/whitelist.ts).
//
// Usage: mono RefScan.exe <assembly.dll|exe> [reference.dll ...]
// It walks each type of the assembly: base type, interfaces, generic constraints, field types, method
// signatures, local variable and catch types, and every method body's IL (opcodes decoded with a table
// built from System.Reflection.Emit.OpCodes; tokens resolved with Module.Resolve* in the generic context).
// Custom attributes are not scanned. Runtime-implemented members (a declared delegate's Invoke,
// BeginInvoke, EndInvoke and constructor) are skipped: the compiler writes their signatures.
//
// Output: one line per distinct reference, tab-separated:
//   T <namespace> <type> <assembly> - <context>        a type
//   M <namespace> <type> <assembly> <member> <context> a member of a type
// <type> is the full name with nested types joined by '.' and generic arity as `N (List`1);
// <namespace> is the outermost type's namespace; <member> is the C# name: ".ctor"/".cctor",
// a property or event name for its accessors, "operator ==" etc. for operators, else the
// method or field name. <context> is the first place it was seen ("Type::Method").
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

public static class RefScan
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = new Dictionary<short, OpCode>();
    private static readonly Dictionary<string, string> Seen = new Dictionary<string, string>();
    private static Assembly Target;
    private static readonly List<string> ReferencePaths = new List<string>();

    private static readonly Dictionary<string, string> Operators = new Dictionary<string, string>
    {
        { "op_Equality", "==" }, { "op_Inequality", "!=" }, { "op_Addition", "+" }, { "op_Subtraction", "-" },
        { "op_Multiply", "*" }, { "op_Division", "/" }, { "op_Modulus", "%" }, { "op_UnaryNegation", "-" },
        { "op_UnaryPlus", "+" }, { "op_LessThan", "<" }, { "op_GreaterThan", ">" }, { "op_LessThanOrEqual", "<=" },
        { "op_GreaterThanOrEqual", ">=" }, { "op_Implicit", "implicit" }, { "op_Explicit", "explicit" },
        { "op_BitwiseAnd", "&" }, { "op_BitwiseOr", "|" }, { "op_ExclusiveOr", "^" }, { "op_LogicalNot", "!" },
        { "op_OnesComplement", "~" }, { "op_Increment", "++" }, { "op_Decrement", "--" },
        { "op_LeftShift", "<<" }, { "op_RightShift", ">>" }, { "op_True", "true" }, { "op_False", "false" },
    };

    public static int Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: RefScan <assembly> [reference ...]");
            return 2;
        }
        foreach (FieldInfo f in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (f.FieldType != typeof(OpCode)) continue;
            var op = (OpCode)f.GetValue(null);
            OpCodesByValue[op.Value] = op;
        }
        for (int i = 1; i < args.Length; i++) ReferencePaths.Add(Path.GetFullPath(args[i]));
        string targetPath = Path.GetFullPath(args[0]);
        ReferencePaths.Add(targetPath);
        AppDomain.CurrentDomain.AssemblyResolve += Resolve;
        Target = Assembly.LoadFrom(targetPath);

        Type[] types;
        try
        {
            types = Target.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            foreach (Exception le in e.LoaderExceptions) if (le != null) Console.Error.WriteLine("load error: " + le.Message);
            types = e.Types.Where(t => t != null).ToArray();
        }
        foreach (Type t in types) ScanType(t);

        var lines = Seen.Select(kv => kv.Key + "\t" + kv.Value).ToList();
        lines.Sort(StringComparer.Ordinal);
        var stdout = Console.Out;
        foreach (string line in lines) stdout.WriteLine(line);
        return 0;
    }

    private static Assembly Resolve(object sender, ResolveEventArgs e)
    {
        string name = new AssemblyName(e.Name).Name;
        var dirs = new List<string>();
        foreach (string p in ReferencePaths)
        {
            if (string.Equals(Path.GetFileNameWithoutExtension(p), name, StringComparison.OrdinalIgnoreCase)) return Assembly.LoadFrom(p);
            string dir = Path.GetDirectoryName(p);
            if (!dirs.Contains(dir)) dirs.Add(dir);
        }
        foreach (string dir in dirs)
            foreach (string ext in new[] { ".dll", ".exe" })
            {
                string candidate = Path.Combine(dir, name + ext);
                if (File.Exists(candidate)) return Assembly.LoadFrom(candidate);
            }
        return null;
    }

    private static string Context(Type t, MemberInfo m)
    {
        return TypeName(t) + (m == null ? "" : "::" + m.Name);
    }

    private static void ScanType(Type t)
    {
        string ctx = Context(t, null);
        if (t.BaseType != null) AddType(t.BaseType, ctx);
        // Interfaces the type itself declares (those its base type brings are not its references).
        Type[] inherited = t.BaseType == null ? new Type[0] : t.BaseType.GetInterfaces();
        foreach (Type i in t.GetInterfaces()) if (Array.IndexOf(inherited, i) < 0) AddType(i, ctx);
        if (t.IsGenericTypeDefinition)
            foreach (Type g in t.GetGenericArguments())
                foreach (Type c in g.GetGenericParameterConstraints()) AddType(c, ctx);

        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (FieldInfo f in t.GetFields(all)) AddType(f.FieldType, Context(t, f));
        foreach (MethodBase m in t.GetConstructors(all).Cast<MethodBase>().Concat(t.GetMethods(all)))
        {
            if ((m.GetMethodImplementationFlags() & MethodImplAttributes.Runtime) != 0) continue; // delegate members
            string mctx = Context(t, m);
            var mi = m as MethodInfo;
            if (mi != null)
            {
                AddType(mi.ReturnType, mctx);
                if (mi.IsGenericMethodDefinition)
                    foreach (Type g in mi.GetGenericArguments())
                        foreach (Type c in g.GetGenericParameterConstraints()) AddType(c, mctx);
            }
            foreach (ParameterInfo p in m.GetParameters()) AddType(p.ParameterType, mctx);
            ScanBody(t, m, mctx);
        }
    }

    private static void ScanBody(Type t, MethodBase m, string ctx)
    {
        MethodBody body;
        try { body = m.GetMethodBody(); }
        catch (Exception e) { Console.Error.WriteLine("body error in " + ctx + ": " + e.Message); return; }
        if (body == null) return;
        foreach (LocalVariableInfo local in body.LocalVariables) AddType(local.LocalType, ctx);
        foreach (ExceptionHandlingClause clause in body.ExceptionHandlingClauses)
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause && clause.CatchType != null) AddType(clause.CatchType, ctx);

        Type[] typeArgs = t.IsGenericType ? t.GetGenericArguments() : null;
        Type[] methodArgs = m.IsGenericMethod ? m.GetGenericArguments() : null;
        Module module = m.Module;
        byte[] il = body.GetILAsByteArray();
        int pos = 0;
        while (pos < il.Length)
        {
            short value = il[pos++];
            if (value == 0xFE && pos < il.Length) value = unchecked((short)(0xFE00 | il[pos++]));
            OpCode op;
            if (!OpCodesByValue.TryGetValue(value, out op))
            {
                Console.Error.WriteLine("unknown opcode 0x" + value.ToString("X") + " in " + ctx);
                return;
            }
            int token = 0;
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    pos += 1;
                    break;
                case OperandType.InlineVar:
                    pos += 2;
                    break;
                case OperandType.InlineI:
                case OperandType.InlineBrTarget:
                case OperandType.ShortInlineR:
                case OperandType.InlineString:
                case OperandType.InlineSig:
                    pos += 4;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    pos += 8;
                    break;
                case OperandType.InlineSwitch:
                    int n = BitConverter.ToInt32(il, pos);
                    pos += 4 + 4 * n;
                    break;
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    token = BitConverter.ToInt32(il, pos);
                    pos += 4;
                    ResolveToken(module, op.OperandType, token, typeArgs, methodArgs, ctx);
                    break;
                default:
                    Console.Error.WriteLine("unhandled operand type " + op.OperandType + " in " + ctx);
                    return;
            }
        }
    }

    private static void ResolveToken(Module module, OperandType kind, int token, Type[] typeArgs, Type[] methodArgs, string ctx)
    {
        try
        {
            switch (kind)
            {
                case OperandType.InlineType:
                    AddType(module.ResolveType(token, typeArgs, methodArgs), ctx);
                    break;
                case OperandType.InlineField:
                    AddMember(module.ResolveField(token, typeArgs, methodArgs), ctx);
                    break;
                case OperandType.InlineMethod:
                    AddMember(module.ResolveMethod(token, typeArgs, methodArgs), ctx);
                    break;
                case OperandType.InlineTok:
                    MemberInfo member = module.ResolveMember(token, typeArgs, methodArgs);
                    var asType = member as Type;
                    if (asType != null) AddType(asType, ctx);
                    else AddMember(member, ctx);
                    break;
            }
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("cannot resolve token 0x" + token.ToString("X8") + " in " + ctx + ": " + e.Message);
        }
    }

    private static string MemberName(MemberInfo m)
    {
        var method = m as MethodBase;
        if (method == null) return m.Name;
        if (method.IsConstructor) return m.Name;
        if (method.IsSpecialName)
        {
            string name = m.Name;
            string op;
            if (Operators.TryGetValue(name, out op)) return "operator " + op;
            foreach (string prefix in new[] { "get_", "set_", "add_", "remove_" })
                if (name.StartsWith(prefix, StringComparison.Ordinal)) return name.Substring(prefix.Length);
        }
        return m.Name;
    }

    private static void AddMember(MemberInfo m, string ctx)
    {
        if (m == null) return;
        Type declaring = m.DeclaringType;
        var method = m as MethodInfo;
        if (method != null && method.IsGenericMethod)
            foreach (Type a in method.GetGenericArguments()) AddType(a, ctx);
        if (declaring == null) return; // a global function: only in own assemblies
        AddType(declaring, ctx);
        Type def = declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring;
        if (def.Assembly == Target) return;
        Record("M", def, MemberName(m), ctx);
    }

    private static void AddType(Type t, string ctx)
    {
        if (t == null) return;
        if (t.HasElementType)
        {
            AddType(t.GetElementType(), ctx);
            return;
        }
        if (t.IsGenericParameter) return;
        if (t.IsGenericType && !t.IsGenericTypeDefinition)
        {
            foreach (Type a in t.GetGenericArguments()) AddType(a, ctx);
            t = t.GetGenericTypeDefinition();
        }
        if (t.Assembly == Target) return;
        Record("T", t, "-", ctx);
    }

    private static string TypeName(Type t)
    {
        if (t.IsNested) return TypeName(t.DeclaringType) + "." + t.Name;
        return string.IsNullOrEmpty(t.Namespace) ? t.Name : t.Namespace + "." + t.Name;
    }

    private static string OuterNamespace(Type t)
    {
        while (t.IsNested) t = t.DeclaringType;
        return t.Namespace ?? "";
    }

    private static void Record(string kind, Type t, string member, string ctx)
    {
        string key = kind + "\t" + OuterNamespace(t) + "\t" + TypeName(t) + "\t" + t.Assembly.GetName().Name + "\t" + member;
        if (!Seen.ContainsKey(key)) Seen[key] = ctx;
    }
}
