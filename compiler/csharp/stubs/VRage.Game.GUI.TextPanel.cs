// pbts C# stubs: VRage.Game.GUI.TextPanel (SE assembly VRage.Game): LCD content and sprites.
using System;
using System.Collections.Generic;
using VRageMath;

namespace VRage.Game.GUI.TextPanel
{
    public enum ContentType : byte
    {
        NONE = 0,
        TEXT_AND_IMAGE = 1,
        SCRIPT = 2,
    }

    /// <summary>(uncertain: values; LEFT/RIGHT/CENTER are what scripts use by name)</summary>
    public enum TextAlignment : byte
    {
        LEFT = 0,
        RIGHT = 1,
        CENTER = 2,
    }

    /// <summary>(uncertain: values; scripts use the names)</summary>
    public enum SpriteType : byte
    {
        TEXTURE = 0,
        TEXT = 2,
        CLIP_RECT = 4,
    }
}
