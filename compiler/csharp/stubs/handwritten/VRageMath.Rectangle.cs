// pbts C# stubs (hand-written behaviour): VRageMath.Rectangle (integer rectangle, e.g. a sprite clip rect).
using System;

namespace VRageMath
{
    public struct Rectangle : IEquatable<Rectangle>
    {
        public int X;
        public int Y;
        public int Width;
        public int Height;
        public Rectangle(int x, int y, int width, int height) { X = x; Y = y; Width = width; Height = height; }
        public bool Equals(Rectangle other) { return X == other.X && Y == other.Y && Width == other.Width && Height == other.Height; }
        public override bool Equals(object obj) { return obj is Rectangle && Equals((Rectangle)obj); }
        public override int GetHashCode() { return X ^ Y ^ Width ^ Height; }
        public static bool operator ==(Rectangle a, Rectangle b) { return a.Equals(b); }
        public static bool operator !=(Rectangle a, Rectangle b) { return !a.Equals(b); }
    }
}
