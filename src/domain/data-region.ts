/**
 * Where RouteShift's data lives: Europe, the Mediterranean and the Middle East, with the countries
 * people set out from towards the Balkan routes (North and East Africa up to the Horn, Afghanistan,
 * Pakistan). An import uses it to judge a guessed repair of a position when the file itself has too
 * few points to say what area it covers.
 */
export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const DATA_REGION: Readonly<LonLatBox & { name: string }> = Object.freeze({
  name: 'Europe, the Mediterranean and the Middle East',
  west: -32,
  south: 0,
  east: 75,
  north: 72,
});

export function inBox([lon, lat]: readonly [number, number], box: LonLatBox): boolean {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}
