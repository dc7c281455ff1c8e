// pbts C# stubs (hand-written behaviour): VRageMath.Base6Directions (with its nested enums) and
// MyBlockOrientation, the game's tables and formulas. Twin of compiler/se/values/base6.ts.
using System;

namespace VRageMath
{
    public class Base6Directions
    {
        private Base6Directions() { }

        public enum Direction : byte { Forward = 0, Backward = 1, Left = 2, Right = 3, Up = 4, Down = 5 }

        [Flags]
        public enum DirectionFlags : byte { Forward = 1, Backward = 2, Left = 4, Right = 8, Up = 16, Down = 32, All = 63 }

        public enum Axis : byte { ForwardBackward = 0, LeftRight = 1, UpDown = 2 }

        public static readonly Direction[] EnumDirections = { Direction.Forward, Direction.Backward, Direction.Left, Direction.Right, Direction.Up, Direction.Down };
        public static readonly Vector3[] Directions = { Vector3.Forward, Vector3.Backward, Vector3.Left, Vector3.Right, Vector3.Up, Vector3.Down };
        public static readonly Vector3I[] IntDirections = { Vector3I.Forward, Vector3I.Backward, Vector3I.Left, Vector3I.Right, Vector3I.Up, Vector3I.Down };

        private static readonly Direction[] LeftDirections =
        {
            Direction.Forward, Direction.Forward, Direction.Down, Direction.Up, Direction.Left, Direction.Right,
            Direction.Forward, Direction.Forward, Direction.Up, Direction.Down, Direction.Right, Direction.Left,
            Direction.Up, Direction.Down, Direction.Left, Direction.Left, Direction.Backward, Direction.Forward,
            Direction.Down, Direction.Up, Direction.Left, Direction.Left, Direction.Forward, Direction.Backward,
            Direction.Right, Direction.Left, Direction.Forward, Direction.Backward, Direction.Left, Direction.Right,
            Direction.Left, Direction.Right, Direction.Backward, Direction.Forward, Direction.Left, Direction.Right,
        };
        private const float DIRECTION_EPSILON = 0.00001f;
        private static readonly int[] ForwardBackward = { 0, 0, 1 };
        private static readonly int[] LeftRight = { 2, 0, 3 };
        private static readonly int[] UpDown = { 5, 0, 4 };

        public static bool IsBaseDirection(Vector3 vec) { return (vec.X * vec.X + vec.Y * vec.Y + vec.Z * vec.Z) - 1 < DIRECTION_EPSILON; }
        public static Vector3 GetVector(int direction) { direction = direction % 6; return Directions[direction]; }
        public static Vector3 GetVector(Direction dir) { return GetVector((int)dir); }
        public static Vector3I GetIntVector(int direction) { direction = direction % 6; return IntDirections[direction]; }
        public static Vector3I GetIntVector(Direction dir) { return IntDirections[(int)dir % 6]; }
        public static DirectionFlags GetDirectionFlag(Direction dir) { return (DirectionFlags)(1 << (byte)dir); }
        public static Direction GetPerpendicular(Direction dir) { return GetAxis(dir) == Axis.UpDown ? Direction.Right : Direction.Up; }
        public static Direction GetDirection(Vector3 vec)
        {
            int value = 0;
            value += ForwardBackward[(int)Math.Round(vec.Z + 1)];
            value += LeftRight[(int)Math.Round(vec.X + 1)];
            value += UpDown[(int)Math.Round(vec.Y + 1)];
            return (Direction)value;
        }
        public static Direction GetDirection(Vector3I vec)
        {
            int value = 0;
            value += ForwardBackward[vec.Z + 1];
            value += LeftRight[vec.X + 1];
            value += UpDown[vec.Y + 1];
            return (Direction)value;
        }
        public static Direction GetClosestDirection(Vector3 vec)
        {
            Vector3 p;
            if (Math.Abs(vec.X) > Math.Abs(vec.Y)) p = Math.Abs(vec.X) > Math.Abs(vec.Z) ? new Vector3(vec.X, 0f, 0f) : new Vector3(0f, 0f, vec.Z);
            else p = Math.Abs(vec.Y) > Math.Abs(vec.Z) ? new Vector3(0f, vec.Y, 0f) : new Vector3(0f, 0f, vec.Z);
            p = new Vector3((float)Math.Sign(p.X), (float)Math.Sign(p.Y), (float)Math.Sign(p.Z));
            return GetDirection(p);
        }
        public static Direction GetDirectionInAxis(Vector3 vec, Axis axis)
        {
            Direction baseDirection = GetBaseAxisDirection(axis);
            Vector3I vi = IntDirections[(int)baseDirection];
            Vector3 v = new Vector3((float)vi.X, (float)vi.Y, (float)vi.Z);
            v = new Vector3(v.X * vec.X, v.Y * vec.Y, v.Z * vec.Z);
            return v.X + v.Y + v.Z >= 1 ? baseDirection : GetFlippedDirection(baseDirection);
        }
        public static Axis GetAxis(Direction direction) { return (Axis)((byte)direction >> 1); }
        public static Direction GetBaseAxisDirection(Axis axis) { return (Direction)((byte)axis << 1); }
        public static Direction GetFlippedDirection(Direction toFlip) { return toFlip ^ Direction.Backward; }
        public static Direction GetCross(Direction dir1, Direction dir2) { return GetLeft(dir1, dir2); }
        public static Direction GetLeft(Direction up, Direction forward) { return LeftDirections[(int)forward * 6 + (int)up]; }
        public static Direction GetOppositeDirection(Direction dir)
        {
            switch (dir)
            {
                default:
                case Direction.Forward: return Direction.Backward;
                case Direction.Backward: return Direction.Forward;
                case Direction.Up: return Direction.Down;
                case Direction.Down: return Direction.Up;
                case Direction.Left: return Direction.Right;
                case Direction.Right: return Direction.Left;
            }
        }
        public static bool IsValidBlockOrientation(Direction forward, Direction up)
        {
            return forward <= Direction.Down && up <= Direction.Down && Vector3.Dot(GetVector(forward), GetVector(up)) == 0f;
        }
    }

    public struct MyBlockOrientation
    {
        public static readonly MyBlockOrientation Identity = new MyBlockOrientation(Base6Directions.Direction.Forward, Base6Directions.Direction.Up);
        public Base6Directions.Direction Forward;
        public Base6Directions.Direction Up;

        public MyBlockOrientation(Base6Directions.Direction forward, Base6Directions.Direction up) { Forward = forward; Up = up; }

        public Base6Directions.Direction Left { get { return Base6Directions.GetLeft(Up, Forward); } }
        public bool IsValid { get { return Base6Directions.IsValidBlockOrientation(Forward, Up); } }

        public Base6Directions.Direction TransformDirection(Base6Directions.Direction baseDirection)
        {
            Base6Directions.Axis axis = Base6Directions.GetAxis(baseDirection);
            int flip = (int)baseDirection % 2;
            if (axis == Base6Directions.Axis.ForwardBackward) return flip == 1 ? Base6Directions.GetFlippedDirection(Forward) : Forward;
            if (axis == Base6Directions.Axis.LeftRight) return flip == 1 ? Base6Directions.GetFlippedDirection(Left) : Left;
            return flip == 1 ? Base6Directions.GetFlippedDirection(Up) : Up;
        }
        public Base6Directions.Direction TransformDirectionInverse(Base6Directions.Direction baseDirection)
        {
            Base6Directions.Axis axis = Base6Directions.GetAxis(baseDirection);
            if (axis == Base6Directions.GetAxis(Forward)) return baseDirection == Forward ? Base6Directions.Direction.Forward : Base6Directions.Direction.Backward;
            if (axis == Base6Directions.GetAxis(Left)) return baseDirection == Left ? Base6Directions.Direction.Left : Base6Directions.Direction.Right;
            return baseDirection == Up ? Base6Directions.Direction.Up : Base6Directions.Direction.Down;
        }
        public override int GetHashCode() { return ((int)Forward << 16) | (int)Up; }
        public override bool Equals(object obj) { return obj is MyBlockOrientation && this == (MyBlockOrientation)obj; }
        public override string ToString() { return string.Format("[Forward:{0}, Up:{1}]", Forward, Up); }
        public static bool operator ==(MyBlockOrientation a, MyBlockOrientation b) { return a.Forward == b.Forward && a.Up == b.Up; }
        public static bool operator !=(MyBlockOrientation a, MyBlockOrientation b) { return a.Forward != b.Forward || a.Up != b.Up; }
    }
}
