// pbts C# stubs (hand-written behaviour): VRageMath.MathHelper / MathHelperD, the game's formulas.
// Twin of compiler/se/values/mathhelper.ts; test/diff/cases/vrage-math.ts proves both print the same.
using System;

namespace VRageMath
{
    public static class MathHelper
    {
        public const float E = 2.718282f;
        public const float Log2E = 1.442695f;
        public const float Log10E = 0.4342945f;
        public const float Pi = 3.141593f;
        public const float TwoPi = 6.28318530718f;
        public const float FourPi = 12.5663706144f;
        public const float PiOver2 = 1.570796f;
        public const float PiOver4 = 0.7853982f;
        public const float Sqrt2 = 1.4142135623730951f;
        public const float Sqrt3 = 1.7320508075688773f;
        public const float RadiansPerSecondToRPM = 9.54929658551372f;
        public const float RPMToRadiansPerSecond = 0.10471975511966f;
        public const float RPMToRadiansPerMillisec = 0.00010471975512f;
        public const float EPSILON = 1e-5f;
        public const float EPSILON10 = 1e-6f;

        private static readonly int[] Log2Lut = { 0, 9, 1, 10, 13, 21, 2, 29, 11, 14, 16, 18, 22, 25, 3, 30, 8, 12, 20, 28, 15, 17, 24, 7, 19, 27, 23, 6, 26, 5, 4, 31 };

        public static float ToRadians(float degrees) { return (degrees / 360.0f) * TwoPi; }
        public static double ToRadians(double degrees) { return (degrees / 360.0) * TwoPi; }
        public static float ToDegrees(float radians) { return radians * 57.29578f; }
        public static double ToDegrees(double radians) { return radians * 57.29578; }
        public static float Distance(float value1, float value2) { return Math.Abs(value1 - value2); }
        public static float Min(float value1, float value2) { return Math.Min(value1, value2); }
        public static double Min(double value1, double value2) { return Math.Min(value1, value2); }
        public static float Max(float value1, float value2) { return Math.Max(value1, value2); }
        public static double Max(double value1, double value2) { return Math.Max(value1, value2); }
        public static float Max(float a, float b, float c) { float ab = a > b ? a : b; return ab > c ? ab : c; }
        public static int Max(int a, int b, int c) { int ab = a > b ? a : b; return ab > c ? ab : c; }
        public static double Max(double a, double b, double c) { double ab = a > b ? a : b; return ab > c ? ab : c; }
        public static float Min(float a, float b, float c) { float ab = a < b ? a : b; return ab < c ? ab : c; }
        public static double Min(double a, double b, double c) { double ab = a < b ? a : b; return ab < c ? ab : c; }
        public static float Clamp(float value, float min, float max) { value = value > max ? max : value; return value < min ? min : value; }
        public static double Clamp(double value, double min, double max) { value = value > max ? max : value; return value < min ? min : value; }
        public static int Clamp(int value, int min, int max) { value = value > max ? max : value; return value < min ? min : value; }
        public static float Lerp(float value1, float value2, float amount) { return value1 + (value2 - value1) * amount; }
        public static double Lerp(double value1, double value2, double amount) { return value1 + (value2 - value1) * amount; }
        public static float InterpLog(float value, float amount1, float amount2)
        {
            return (float)(Math.Pow((double)amount1, 1.0 - (double)value) * Math.Pow((double)amount2, (double)value));
        }
        public static float InterpLogInv(float value, float amount1, float amount2) { return (float)Math.Log(value / amount1, amount2 / amount1); }
        public static float Barycentric(float value1, float value2, float value3, float amount1, float amount2)
        {
            return (float)((double)value1 + (double)amount1 * ((double)value2 - (double)value1) + (double)amount2 * ((double)value3 - (double)value1));
        }
        public static float SmoothStep(float value1, float value2, float amount) { return Lerp(value1, value2, SCurve3(amount)); }
        public static double SmoothStep(double value1, double value2, double amount) { return Lerp(value1, value2, SCurve3(amount)); }
        public static float SmoothStepStable(float amount)
        {
            float inv = 1 - amount;
            float y123 = amount * amount;
            float y234 = amount * inv + amount;
            return y123 * inv + y234 * amount;
        }
        public static double SmoothStepStable(double amount)
        {
            double inv = 1 - amount;
            double y123 = amount * amount;
            double y234 = amount * inv + amount;
            return y123 * inv + y234 * amount;
        }
        public static float CatmullRom(float value1, float value2, float value3, float value4, float amount)
        {
            float n1 = amount * amount;
            float n2 = amount * n1;
            return (float)(0.5 * (2.0 * (double)value2 + (-(double)value1 + (double)value3) * (double)amount + (2.0 * (double)value1 - 5.0 * (double)value2 + 4.0 * (double)value3 - (double)value4) * (double)n1 + (-(double)value1 + 3.0 * (double)value2 - 3.0 * (double)value3 + (double)value4) * (double)n2));
        }
        public static float Hermite(float value1, float tangent1, float value2, float tangent2, float amount)
        {
            float n2 = amount * amount;
            float n3 = amount * n2;
            float n4 = (float)(2.0 * (double)n3 - 3.0 * (double)n2 + 1.0);
            float n5 = (float)(-2.0 * (double)n3 + 3.0 * (double)n2);
            float n6 = n3 - 2f * n2 + amount;
            float n7 = n3 - n2;
            return (float)((double)value1 * (double)n4 + (double)value2 * (double)n5 + (double)tangent1 * (double)n6 + (double)tangent2 * (double)n7);
        }
        public static Vector3D CalculateBezierPoint(double t, Vector3D p0, Vector3D p1, Vector3D p2, Vector3D p3)
        {
            double u = 1 - t;
            double tt = t * t;
            double uu = u * u;
            double uuu = uu * u;
            double ttt = tt * t;
            Vector3D p = Vector3D.Multiply(p0, uuu);
            p = Vector3D.Add(p, Vector3D.Multiply(p1, 3 * uu * t));
            p = Vector3D.Add(p, Vector3D.Multiply(p2, 3 * u * tt));
            return Vector3D.Add(p, Vector3D.Multiply(p3, ttt));
        }
        public static float WrapAngle(float angle)
        {
            angle = (float)Math.IEEERemainder((double)angle, 6.28318548202515);
            if ((double)angle <= -3.14159274101257) angle += 6.283185f;
            else if ((double)angle > 3.14159274101257) angle -= 6.283185f;
            return angle;
        }
        public static int GetNearestBiggerPowerOfTwo(double f)
        {
            int x = 1;
            while (x < f) x <<= 1;
            return x;
        }
        public static int GetNearestBiggerPowerOfTwo(float f)
        {
            int x = 1;
            while (x < f) x <<= 1;
            return x;
        }
        public static float RoundOn2(float x) { return ((int)(x * 100)) / 100.0f; }
        public static bool IsPowerOfTwo(int x) { return x > 0 && (x & (x - 1)) == 0; }
        public static float SCurve3(float t) { return t * t * (3f - 2f * t); }
        public static double SCurve3(double t) { return t * t * (3 - 2 * t); }
        public static float SCurve5(float t) { return t * t * t * (t * (t * 6f - 15f) + 10f); }
        public static double SCurve5(double t) { return t * t * t * (t * (t * 6 - 15) + 10); }
        public static float Saturate(float n) { return n < 0f ? 0f : n > 1f ? 1f : n; }
        public static double Saturate(double n) { return n < 0.0 ? 0.0 : n > 1.0 ? 1.0 : n; }
        public static int Floor(float n) { return n < 0f ? (int)n - 1 : (int)n; }
        public static int Floor(double n) { return n < 0.0 ? (int)n - 1 : (int)n; }
        public static int FloorToInt(float x) { return (int)Math.Floor(x); }
        public static int FloorToInt(double x) { return (int)Math.Floor(x); }
        public static int CeilToInt(float x) { return (int)Math.Ceiling(x); }
        public static int CeilToInt(double x) { return (int)Math.Ceiling(x); }
        public static int RoundToInt(float x) { return (int)Math.Round(x); }
        public static int RoundToInt(double x) { return (int)Math.Round(x); }
        public static int Log2(int n) { int r = 0; while ((n >>= 1) > 0) ++r; return r; }
        public static int Log2Floor(int value)
        {
            value |= value >> 1;
            value |= value >> 2;
            value |= value >> 4;
            value |= value >> 8;
            value |= value >> 16;
            return Log2Lut[(uint)(value * 0x07C4ACDD) >> 27];
        }
        public static int Log2Ceiling(int value)
        {
            int fl = Log2Floor(value);
            return (fl & (fl - 1)) != 0 ? fl + 1 : fl;
        }
        public static int Pow2(int n) { return 1 << n; }
        public static double CubicInterp(double p0, double p1, double p2, double p3, double t)
        {
            double P = (p3 - p2) - (p0 - p1);
            double Q = (p0 - p1) - P;
            double t2 = t * t;
            return P * t2 * t + Q * t2 + (p2 - p0) * t + p1;
        }
        public static bool IsZero(float value, float epsilon) { return value > -epsilon && value < epsilon; }
        public static bool IsZero(double value, float epsilon) { return value > -epsilon && value < epsilon; }
        public static bool IsEqual(float value1, float value2) { return IsZero(value1 - value2, EPSILON); }
        public static bool IsValid(float f) { return !float.IsNaN(f) && !float.IsInfinity(f); }
        public static bool IsValid(double f) { return !double.IsNaN(f) && !double.IsInfinity(f); }
        public static float Atan(float x) { return 0.785375f * x - x * (Math.Abs(x) - 1f) * (0.2447f + 0.0663f * Math.Abs(x)); }
        public static double Atan(double x) { return 0.785375 * x - x * (Math.Abs(x) - 1.0) * (0.2447 + 0.0663 * Math.Abs(x)); }
        public static int Smooth(int newValue, int lastSmooth) { return (int)((float)lastSmooth * 0.95f + (float)newValue * 0.0500000119f); }
        public static float Smooth(float newValue, float lastSmooth) { return lastSmooth * 0.95f + newValue * 0.0500000119f; }
        public static int Align(int value, int alignment) { return (value + alignment - 1) / alignment * alignment; }
        public static int GetNumberOfMipmaps(int v) { int n = 0; while (v > 0) { v >>= 1; n++; } return n; }
        public static bool IsValidNormal(Vector3 vec)
        {
            float l = vec.LengthSquared();
            float p = vec.X * vec.Y * vec.Z;
            return !float.IsNaN(p) && !float.IsInfinity(p) && l > 0.999f && l < 1.001f;
        }
        static bool Finite(Vector3 v) { return IsValid(v.X) && IsValid(v.Y) && IsValid(v.Z); }
        public static bool IsValidOrZero(Matrix matrix) { return Finite(matrix.Up) && Finite(matrix.Left) && Finite(matrix.Forward) && Finite(matrix.Translation); }
        public static Vector3 CalculateVectorOnSphere(Vector3 northPoleDir, float phi, float theta)
        {
            double st = Math.Sin(theta);
            return Vector3.TransformNormal(new Vector3(Math.Cos(phi) * st, Math.Sin(phi) * st, Math.Cos(theta)), Matrix.CreateFromDir(northPoleDir));
        }
        public static float MonotonicCosine(float radians)
        {
            if (radians > 0) return 2 - (float)Math.Cos(radians);
            return (float)Math.Cos(radians);
        }
        public static float MonotonicAcos(float cos)
        {
            if (cos > 1) return (float)Math.Acos(2 - cos);
            return (float)-Math.Acos(cos);
        }
    }

    public static class MathHelperD
    {
        public const double E = Math.E;
        public const double Pi = Math.PI;
        public const double TwoPi = Math.PI * 2;
        public const double FourPi = Math.PI * 4;
        public const double PiOver2 = Math.PI / 2;
        public const double PiOver4 = Math.PI / 4;

        public static double ToRadians(double degrees) { return degrees * (Math.PI / 180); }
        public static double ToDegrees(double radians) { return radians * (180 / Math.PI); }
        public static double Distance(double value1, double value2) { return Math.Abs(value1 - value2); }
        public static double Min(double value1, double value2) { return Math.Min(value1, value2); }
        public static double Max(double value1, double value2) { return Math.Max(value1, value2); }
        public static double Clamp(double value, double min, double max) { value = value > max ? max : value; return value < min ? min : value; }
        public static float MonotonicAcos(float cos) { return MathHelper.MonotonicAcos(cos); }
    }
}
