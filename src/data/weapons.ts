import type { WeaponCategory, WeaponKind } from './types.js';

/** Every weapon category, as checks list them. */
export const WEAPON_CATEGORIES: readonly WeaponCategory[] = [
  'strike-drone',
  'recon-drone',
  'ballistic',
  'cruise',
  'air-defence',
  'guided-bomb',
  'mixed',
  'unknown',
];

export interface WeaponClass {
  kind: WeaponKind;
  category: WeaponCategory;
}

/** Model name → class. Names match case-insensitively, whatever the spacing. */
export type WeaponTable = Readonly<Record<string, WeaponClass>>;

export interface Classification extends WeaponClass {
  /** False when neither the table nor the built-in classes know the model (or a part of a combination). */
  known: boolean;
}

const weapon = (kind: WeaponKind, category: WeaponCategory): WeaponClass => ({ kind, category });
const STRIKE = weapon('drone', 'strike-drone');
const RECON = weapon('drone', 'recon-drone');
const DRONE = weapon('drone', 'unknown');
const CRUISE = weapon('missile', 'cruise');
const BALLISTIC = weapon('missile', 'ballistic');
const AIR_DEFENCE = weapon('missile', 'air-defence');
const MISSILE = weapon('missile', 'unknown');
const GUIDED_BOMB = weapon('bomb', 'guided-bomb');
const BOMB = weapon('bomb', 'unknown');

// Classes follow the dataset's missiles_and_uavs.csv: loitering munitions are strike drones, every other UAV
// type there (reconnaissance, ISTAR, "reconnaissance and armed") a recon drone. Generic names keep an unknown
// category: that table calls "Unknown Missile" cruise, but many such rows were launched from Belgorod and
// Kursk, like ballistic and S-300 missiles. Combinations are not listed: classifyModel derives them.
const BUILT_IN: WeaponTable = {
  'Shahed-136/131': STRIKE, Lancet: STRIKE, Kub: STRIKE, Молнія: STRIKE, 'Привет-82': STRIKE,
  Eleron: RECON, Forpost: RECON, 'Granat-4': RECON, 'Merlin-VR': RECON, 'Mohajer-6': RECON, Orion: RECON,
  'Orlan-10': RECON, 'Orlan-30': RECON, Supercam: RECON, ZALA: RECON, 'Reconnaissance UAV': RECON,
  Картограф: RECON, Фенікс: RECON,
  'Unknown UAV': DRONE,
  '3M22 Zircon': CRUISE, Banderol: CRUISE, 'Iskander-K': CRUISE, Kalibr: CRUISE, 'P-800 Oniks': CRUISE,
  'X-101/X-555': CRUISE, 'X-22': CRUISE, 'X-31': CRUISE, 'X-31P': CRUISE, 'X-31PD': CRUISE, 'X-32': CRUISE,
  'X-35': CRUISE, 'X-59': CRUISE, 'X-59/X-69': CRUISE, 'X-59MK2': CRUISE, 'X-69': CRUISE,
  'Ballistic Missile': BALLISTIC, 'Intercontinental Ballistic Missile': BALLISTIC, 'Iskander-M': BALLISTIC,
  'Iskander-M/KN-23': BALLISTIC, 'KN-23': BALLISTIC, 'X-47 Kinzhal': BALLISTIC,
  'C-300': AIR_DEFENCE, 'C-400': AIR_DEFENCE, 'C-300/C-400': AIR_DEFENCE,
  'Unknown Missile': MISSILE,
  GBU: GUIDED_BOMB,
  'Aerial Bomb': BOMB,
};

const keyOf = (model: string): string => model.trim().replace(/\s+/g, ' ').replace(/ ?\/ ?/g, '/').toLowerCase();

const builtIn = new Map(Object.entries(BUILT_IN).map(([model, c]) => [keyOf(model), c]));

// User tables are scanned rather than indexed so that a table changed between calls is read as it is now.
function find(key: string, table: WeaponTable | undefined): WeaponClass | undefined {
  if (table) {
    for (const model in table) if (keyOf(model) === key) return table[model];
  }
  return builtIn.get(key);
}

/**
 * Classifies a weapon model by `table` (if given), then the built-in classes. A combination such as
 * `X-101/X-555 and Kalibr` not listed as a whole takes its parts' shared kind and category; parts of
 * different kinds give kind `unknown`, parts of different categories give category `mixed`. It is unknown
 * if any part is.
 */
export function classifyModel(model: string, table?: WeaponTable): Classification {
  const key = keyOf(model);
  const whole = find(key, table);
  if (whole) return { kind: whole.kind, category: whole.category, known: true };
  const parts: WeaponClass[] = [];
  for (const part of key.split(' and ')) {
    const found = find(part, table);
    if (!found) return { kind: 'unknown', category: 'unknown', known: false };
    parts.push(found);
  }
  const [{ kind, category }] = parts;
  return {
    kind: parts.every((part) => part.kind === kind) ? kind : 'unknown',
    category: parts.every((part) => part.category === category) ? category : 'mixed',
    known: true,
  };
}
