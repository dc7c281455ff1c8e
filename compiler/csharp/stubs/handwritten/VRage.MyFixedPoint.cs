// pbts C# stubs (hand-written behaviour): VRage.MyFixedPoint, SE's fixed-point amounts (6 decimal places
// in a long). Twin of compiler/se/values/fixedpoint.ts.
using System;

namespace VRage
{
    public struct MyFixedPoint
    {
        const int Places = 6;
        const int Divider = 1000000;

        public static readonly MyFixedPoint MinValue = new MyFixedPoint(long.MinValue);
        public static readonly MyFixedPoint MaxValue = new MyFixedPoint(long.MaxValue);
        public static readonly MyFixedPoint Zero = new MyFixedPoint(0L);
        public static readonly MyFixedPoint SmallestPossibleValue = new MyFixedPoint(1L);
        public static readonly MyFixedPoint MaxIntValue = (MyFixedPoint)int.MaxValue;
        public static readonly MyFixedPoint MinIntValue = (MyFixedPoint)int.MinValue;

        public long RawValue;

        private MyFixedPoint(long rawValue) { RawValue = rawValue; }

        public string SerializeString()
        {
            string num = RawValue.ToString("D" + (Places + 1));
            string intPart = num.Substring(0, num.Length - Places);
            string decPart = num.Substring(num.Length - Places).TrimEnd('0');
            return decPart.Length > 0 ? intPart + "." + decPart : intPart;
        }
        public override string ToString() { return SerializeString(); }
        public override int GetHashCode() { return (int)RawValue; }
        public override bool Equals(object obj) { return obj is MyFixedPoint && ((MyFixedPoint)obj).RawValue == RawValue; }

        public static MyFixedPoint DeserializeString(string text)
        {
            if (string.IsNullOrEmpty(text)) return new MyFixedPoint();
            int dotPos = text.IndexOf('.');
            if (dotPos == -1) return new MyFixedPoint(long.Parse(text) * Divider);
            text = text.Replace(".", "");
            text = text.PadRight(dotPos + 1 + Places, '0');
            text = text.Substring(0, dotPos + Places);
            return new MyFixedPoint(long.Parse(text));
        }
        public static MyFixedPoint DeserializeStringSafe(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if ((c >= '0' && c <= '9') || c == '.') continue;
                if (c == '-' && i == 0) continue;
                return (MyFixedPoint)double.Parse(text);
            }
            try { return DeserializeString(text); }
            catch { return (MyFixedPoint)double.Parse(text); }
        }

        public static explicit operator MyFixedPoint(float d)
        {
            if ((d * Divider + 0.5f) >= (float)long.MaxValue) return MaxValue;
            if ((d * Divider + 0.5f) <= (float)long.MinValue) return MinValue;
            return new MyFixedPoint((long)(d * Divider + 0.5f));
        }
        public static explicit operator MyFixedPoint(double d)
        {
            if ((d * Divider + 0.5) >= (double)long.MaxValue) return MaxValue;
            if ((d * Divider + 0.5) <= (double)long.MinValue) return MinValue;
            return new MyFixedPoint((long)(d * Divider + 0.5));
        }
        public static implicit operator MyFixedPoint(int i) { return new MyFixedPoint((long)i * Divider); }
        public static explicit operator float(MyFixedPoint fp) { return fp.RawValue / (float)Divider; }
        public static explicit operator double(MyFixedPoint fp) { return fp.RawValue / (double)Divider; }
        public static explicit operator int(MyFixedPoint fp) { return (int)(fp.RawValue / Divider); }

        public static bool IsIntegral(MyFixedPoint fp) { return fp.RawValue % Divider == 0; }
        public static MyFixedPoint Ceiling(MyFixedPoint a) { a.RawValue = ((a.RawValue + Divider - 1) / Divider) * Divider; return a; }
        public static MyFixedPoint Floor(MyFixedPoint a) { a.RawValue = (a.RawValue / Divider) * Divider; return a; }
        public static MyFixedPoint Round(MyFixedPoint a) { a.RawValue = (a.RawValue + Divider / 2) / Divider; return a; }
        public static MyFixedPoint Min(MyFixedPoint a, MyFixedPoint b) { return a < b ? a : b; }
        public static MyFixedPoint Max(MyFixedPoint a, MyFixedPoint b) { return a > b ? a : b; }

        public static MyFixedPoint operator -(MyFixedPoint a) { return new MyFixedPoint(-a.RawValue); }
        public static bool operator <(MyFixedPoint a, MyFixedPoint b) { return a.RawValue < b.RawValue; }
        public static bool operator >(MyFixedPoint a, MyFixedPoint b) { return a.RawValue > b.RawValue; }
        public static bool operator <=(MyFixedPoint a, MyFixedPoint b) { return a.RawValue <= b.RawValue; }
        public static bool operator >=(MyFixedPoint a, MyFixedPoint b) { return a.RawValue >= b.RawValue; }
        public static bool operator ==(MyFixedPoint a, MyFixedPoint b) { return a.RawValue == b.RawValue; }
        public static bool operator !=(MyFixedPoint a, MyFixedPoint b) { return a.RawValue != b.RawValue; }
        public static MyFixedPoint operator +(MyFixedPoint a, MyFixedPoint b) { a.RawValue += b.RawValue; return a; }
        public static MyFixedPoint operator -(MyFixedPoint a, MyFixedPoint b) { a.RawValue -= b.RawValue; return a; }
        public static MyFixedPoint operator *(MyFixedPoint a, MyFixedPoint b)
        {
            long ia = a.RawValue / Divider, ib = b.RawValue / Divider, fa = a.RawValue % Divider, fb = b.RawValue % Divider;
            return new MyFixedPoint(ia * ib * Divider + fa * fb / Divider + ia * fb + ib * fa);
        }
        public static MyFixedPoint operator *(MyFixedPoint a, float b) { return a * (MyFixedPoint)b; }
        public static MyFixedPoint operator *(float a, MyFixedPoint b) { return (MyFixedPoint)a * b; }
        public static MyFixedPoint operator *(MyFixedPoint a, int b) { return a * (MyFixedPoint)b; }
        public static MyFixedPoint operator *(int a, MyFixedPoint b) { return (MyFixedPoint)a * b; }

        public static MyFixedPoint AddSafe(MyFixedPoint a, MyFixedPoint b) { return new MyFixedPoint(AddSafeInternal(a.RawValue, b.RawValue)); }
        public static MyFixedPoint MultiplySafe(MyFixedPoint a, float b) { return MultiplySafe(a, (MyFixedPoint)b); }
        public static MyFixedPoint MultiplySafe(MyFixedPoint a, int b) { return MultiplySafe(a, (MyFixedPoint)b); }
        public static MyFixedPoint MultiplySafe(float a, MyFixedPoint b) { return MultiplySafe((MyFixedPoint)a, b); }
        public static MyFixedPoint MultiplySafe(int a, MyFixedPoint b) { return MultiplySafe((MyFixedPoint)a, b); }
        public static MyFixedPoint MultiplySafe(MyFixedPoint a, MyFixedPoint b)
        {
            long ia = a.RawValue / Divider, ib = b.RawValue / Divider, fa = a.RawValue % Divider, fb = b.RawValue % Divider;
            long part1 = fa * fb / Divider;
            long part2 = MultiplySafeInternal(ia, ib * Divider);
            long part3 = MultiplySafeInternal(ia, fb);
            long part4 = MultiplySafeInternal(ib, fa);
            return new MyFixedPoint(AddSafeInternal(AddSafeInternal(AddSafeInternal(part1, part2), part3), part4));
        }
        private static long MultiplySafeInternal(long a, long b)
        {
            long result = a * b;
            if (b == 0 || result / b == a) return result;
            return Math.Sign(a) * Math.Sign(b) == 1 ? long.MaxValue : long.MinValue;
        }
        private static long AddSafeInternal(long a, long b)
        {
            int sa = Math.Sign(a);
            if (sa * Math.Sign(b) != 1) return a + b;
            long result = a + b;
            if (Math.Sign(result) == sa) return result;
            return sa < 0 ? long.MinValue : long.MaxValue;
        }
        public int ToIntSafe()
        {
            if (RawValue > MaxIntValue.RawValue) return (int)MaxIntValue;
            if (RawValue < MinIntValue.RawValue) return (int)MinIntValue;
            return (int)this;
        }
    }
}
