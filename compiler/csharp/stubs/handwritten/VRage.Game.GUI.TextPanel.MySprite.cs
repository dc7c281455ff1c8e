// pbts C# stubs (hand-written behaviour): VRage.Game.GUI.TextPanel.MySprite and MySpriteDrawFrame.
// Twin of compiler/se/values/sprite.ts.
using System;
using System.Collections.Generic;
using VRageMath;

namespace VRage.Game.GUI.TextPanel
{
    public struct MySprite : IEquatable<MySprite>
    {
        public SpriteType Type;
        public Vector2? Position;
        public Vector2? Size;
        public Color? Color;
        public string Data;
        public string FontId;
        public TextAlignment Alignment;
        public float RotationOrScale;

        public MySprite(SpriteType type = SpriteType.TEXTURE, string data = null, Vector2? position = null, Vector2? size = null,
            Color? color = null, string fontId = null, TextAlignment alignment = TextAlignment.CENTER, float rotation = 0f)
        {
            Type = type;
            Data = data;
            Position = position;
            Size = size;
            Color = color;
            FontId = fontId;
            Alignment = alignment;
            RotationOrScale = rotation;
        }

        public static MySprite CreateSprite(string sprite, Vector2 position, Vector2 size)
        {
            return new MySprite(SpriteType.TEXTURE, sprite, position, size);
        }

        public static MySprite CreateText(string text, string fontId, Color color, float scale = 1f, TextAlignment textAlignment = TextAlignment.CENTER)
        {
            return new MySprite(SpriteType.TEXT, text, null, null, color, fontId, textAlignment, scale);
        }

        public static MySprite CreateClearClipRect()
        {
            return new MySprite(SpriteType.CLIP_RECT);
        }

        public static MySprite CreateClipRect(Rectangle rect)
        {
            return new MySprite(SpriteType.CLIP_RECT, null, new Vector2(rect.X, rect.Y), new Vector2(rect.Width, rect.Height));
        }

        public bool Equals(MySprite other)
        {
            return Type == other.Type && Nullable.Equals(Position, other.Position) && Nullable.Equals(Size, other.Size)
                && Nullable.Equals(Color, other.Color) && Data == other.Data && FontId == other.FontId
                && Alignment == other.Alignment && RotationOrScale.Equals(other.RotationOrScale);
        }

        public override bool Equals(object obj)
        {
            return obj is MySprite && Equals((MySprite)obj);
        }

        public override int GetHashCode()
        {
            return ((int)Type * 397) ^ (Data ?? "").GetHashCode();
        }
    }

    /// <summary>A frame of sprites; Dispose submits it to the callback given by the surface.</summary>
    public struct MySpriteDrawFrame : IDisposable
    {
        private readonly Action<MySpriteDrawFrame> m_submit;
        private readonly List<MySprite> m_sprites;
        private bool m_submitted;

        public MySpriteDrawFrame(Action<MySpriteDrawFrame> submitFrameCallback)
        {
            m_submit = submitFrameCallback;
            m_sprites = new List<MySprite>();
            m_submitted = false;
        }

        public void Add(MySprite sprite)
        {
            if (m_sprites != null) m_sprites.Add(sprite);
        }

        public void AddRange(IEnumerable<MySprite> sprites)
        {
            if (m_sprites != null) m_sprites.AddRange(sprites);
        }

        /// <summary>Copies the frame's sprites into a list (used by hosts).</summary>
        public void AddToList(List<MySprite> list)
        {
            if (m_sprites != null) list.AddRange(m_sprites);
        }

        /// <summary>The clip rectangle sprite; the token's Dispose adds the clear-clip sprite (the game's formulas).</summary>
        public ClearClipToken Clip(int x, int y, int width, int height)
        {
            Add(MySprite.CreateClipRect(new Rectangle(x, y, width, height)));
            return new ClearClipToken(this);
        }

        public struct ClearClipToken : IDisposable
        {
            private MySpriteDrawFrame m_frame;
            public ClearClipToken(MySpriteDrawFrame frame) { m_frame = frame; }
            public void Dispose() { m_frame.Add(MySprite.CreateClearClipRect()); }
        }

        public void Dispose()
        {
            if (m_submitted) return;
            m_submitted = true;
            if (m_submit != null) m_submit(this);
        }
    }
}
