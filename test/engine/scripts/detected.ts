// MyDetectedEntityInfo and MyWaypointInfo under both engines (test/engine/scenarios/detected.json):
// a sensor's empty detection and a remote control's empty waypoint read field by field (the TS engine
// threw "not modelled" where C# read defaults, session 9), constructed values, and GPS text parsed and
// printed as the game does (TryParse, FindAll, ToString's "R" numbers, Equals with its epsilon).
import { BoundingBoxD, IMyRemoteControl, IMySensorBlock, MatrixD, MyDetectedEntityInfo, MyDetectedEntityType, MyGridProgram, MyRelationsBetweenPlayerAndBlock, MyWaypointInfo, Out, Vector3, Vector3D } from "pbts/se";

const GPS_TEXTS: string[] = [
  "GPS:Base:1048917.7584688:79752.6323696933:1600020.79087306:",
  "  gps:lower case:1:2:3:  ",
  "GPS:Drone Pad:-4686:2489:-12959:#FF00FF:",
  "GPS:x:1:2:",
  "GPS:odd:(5):1,000.5:1e3:",
  "GPS:signs: -7 :8-:+9:",
  "GPS::0:0:0:",
  "GPS:x:1:2:abc:",
  "GPS:sym:Infinity:NaN:-Infinity:",
  "GPS:big:1e400:0:0:",
  "GPS:tiny:-1e-400:-0:0.0001:",
  "GPX:x:1:2:3:",
  "",
  "GPS:a:b:c:d:e:",
  "GPS:long s:1.7976931348623157e308:5e-324:123456789012345678:",
];

export class Program extends MyGridProgram {
  Main(): void {
    const sensor = this.GridTerminalSystem.GetBlockWithName("Sensor");
    if (sensor instanceof IMySensorBlock) this.Echo(`sensor ${this.describe(sensor.LastDetectedEntity)}`);
    const made = new MyDetectedEntityInfo(42, "Rock", MyDetectedEntityType.Asteroid, new Vector3D(1, 2, 3), MatrixD.Identity, new Vector3(1, 0, 0), MyRelationsBetweenPlayerAndBlock.Enemies, new BoundingBoxD(new Vector3D(0, 0, 0), new Vector3D(2, 4, 6)), 7);
    this.Echo(`made ${this.describe(made)}`);
    this.Echo(`default ${this.describe(new MyDetectedEntityInfo())}`);

    const remote = this.GridTerminalSystem.GetBlockWithName("Remote");
    if (remote instanceof IMyRemoteControl) this.Echo(`remote ${this.waypoint(remote.CurrentWaypoint)}`);
    this.Echo(`empty ${this.waypoint(MyWaypointInfo.Empty)} ${this.waypoint(new MyWaypointInfo())}`);
    const a = new MyWaypointInfo("A", 0.1, -0.0, 1e21);
    const b = new MyWaypointInfo(null, new Vector3D(0.30000000000000004, 1e-5, 123456789.125));
    this.Echo(`built ${this.waypoint(a)} ${this.waypoint(b)}`);
    const near = new MyWaypointInfo("A", 0.10009, 0, 1e21);
    this.Echo(`equals ${a.Equals(near)} ${a.Equals(near, 0.00001)} ${a.Equals(b)} ${b.Equals(new MyWaypointInfo("", b.Coords))}`);

    const gps = new Out<MyWaypointInfo>();
    for (const t of GPS_TEXTS) {
      const ok = MyWaypointInfo.TryParse(t, gps);
      this.Echo(`parse ${ok} ${this.waypoint(gps.value)}`);
    }
    const found: MyWaypointInfo[] = [];
    MyWaypointInfo.FindAll("Go GPS:A:1:2:3: then xGPS:B:4:5:6: and\ngps:C:7:8:9:#FF75C9F1: (GPS:D:1:1:1:) GPS:E:1:2 GPS:F:-1:-2:-3:", found);
    this.Echo(`found ${found.length} ${found.map((w) => w.ToString()).join(" ")}`);
  }

  private describe(d: MyDetectedEntityInfo): string {
    const hit = d.HitPosition;
    return `empty ${d.IsEmpty()} id ${d.EntityId} name ${d.Name ?? "(null)"} type ${d.Type} hit ${hit !== null ? hit.Z : -1} pos ${d.Position.X},${d.Position.Y},${d.Position.Z} ts ${d.TimeStamp} rel ${d.Relationship} vel ${d.Velocity.X} box ${d.BoundingBox.Max.Z} m11 ${d.Orientation.M11}`;
  }

  private waypoint(w: MyWaypointInfo): string {
    return `[${w.IsEmpty()} ${w.Name ?? "(null)"} ${w.Coords.X} ${w.ToString()}]`;
  }
}
