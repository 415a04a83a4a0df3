/**
 * Wars between states that news names by one side only ("peace in Ukraine"):
 * a conflict-resolution topic about one of these states is about the war, so
 * its args are all the states at war.
 */
export const STATES_AT_WAR: readonly (readonly string[])[] = [
  ["RUS", "UKR"],
  // Nagorno-Karabakh and the border: a peace treaty initialled in 2025, not yet signed.
  ["ARM", "AZE"],
];
