// FailoverManager.Role's values. A module of its own: the manager keeps its role in an int (its C#
// stays short), and a script that never reads Role does not paste this enum.
export enum FailoverRole {
  Invalid = 0,
  Disabled = 1,
  Listening = 2,
  Standby = 3,
  Active = 4,
}
