// pbts C# stubs (hand-written behaviour): VRage.ObjectBuilders.SerializableDefinitionId, a block's
// definition. Twin of compiler/se/values/items.ts. The game keeps the type as a MyObjectBuilderType (not
// described by the reference): its name is kept here, which is what TypeIdString and ToString show.
// The host builds one from the two names (internal constructor); scripts read it.
using System;

namespace VRage.ObjectBuilders
{
    public struct SerializableDefinitionId
    {
        private readonly string m_typeName;
        public string SubtypeName;
        internal SerializableDefinitionId(string typeName, string subtypeName) { m_typeName = typeName; SubtypeName = subtypeName; }
        public string SubtypeId { get { return SubtypeName; } set { SubtypeName = value; } }
        public string SubtypeIdAttribute { get { return SubtypeName; } set { SubtypeName = value; } }
        public string TypeIdString { get { return m_typeName == null ? "(null)" : m_typeName; } }
        public string TypeIdStringAttribute { get { return TypeIdString; } }
        public bool IsNull() { return m_typeName == null; }
        public bool ShouldSerializeSubtypeId() { return false; }
        public bool ShouldSerializeTypeIdString() { return false; }
        public override bool Equals(object obj)
        {
            if (!(obj is SerializableDefinitionId)) return false;
            SerializableDefinitionId o = (SerializableDefinitionId)obj;
            return m_typeName == o.m_typeName && SubtypeName == o.SubtypeName;
        }
        public override int GetHashCode() { return (m_typeName ?? "").GetHashCode() * 397 ^ (SubtypeName ?? "").GetHashCode(); }
        public override string ToString() { return string.Format("{0}/{1}", m_typeName, SubtypeName); }
    }
}
