import { describe, expect, it } from 'vitest';
import { classifyModel } from '../../../src/data/weapons.js';
import type { WeaponCategory, WeaponKind } from '../../../src/data/types.js';

// Every distinct model in the snapshot of missile_attacks_daily.csv (to 2025-06-30), by the class expected.
const SNAPSHOT: [WeaponKind, WeaponCategory, string[]][] = [
  ['drone', 'strike-drone', ['Shahed-136/131', 'Lancet', 'Kub', 'Молнія', 'Привет-82', 'Shahed-136/131 and Lancet']],
  [
    'drone',
    'recon-drone',
    [
      'Eleron', 'Forpost', 'Granat-4', 'Merlin-VR', 'Mohajer-6', 'Orion', 'Orlan-10', 'Orlan-30', 'Supercam', 'ZALA',
      'Reconnaissance UAV', 'Картограф', 'Фенікс', 'Orlan-10 and Orlan-30 and ZALA and Supercam',
      'Orlan-10 and Supercam', 'Orlan-10 and ZALA', 'Orlan-10 and ZALA and Supercam',
    ],
  ],
  ['drone', 'unknown', ['Unknown UAV']],
  [
    'missile',
    'cruise',
    [
      '3M22 Zircon', 'Iskander-K', 'Kalibr', 'P-800 Oniks', 'X-101/X-555', 'X-22', 'X-31', 'X-31P', 'X-31PD',
      'X-35', 'X-59', 'X-59/X-69', 'X-59MK2', 'X-69', 'X-101/X-555 and Iskander-K', 'X-101/X-555 and Kalibr',
      'X-101/X-555 and Kalibr and Iskander-K', 'X-101/X-555 and Kalibr and X-22', 'X-101/X-555 and Kalibr and X-59/X-69',
      'X-22 and X-31P', 'X-22 and X-32', 'X-59 and X-35',
    ],
  ],
  [
    'missile',
    'ballistic',
    [
      'Ballistic Missile', 'Intercontinental Ballistic Missile', 'Iskander-M', 'Iskander-M/KN-23', 'KN-23',
      'X-47 Kinzhal', 'X-47 Kinzhal and Iskander-M/KN-23',
    ],
  ],
  ['missile', 'air-defence', ['C-300', 'C-400', 'C-300/C-400']],
  [
    'missile',
    'mixed',
    ['C-300/C-400 and Iskander-M', 'C-400 and Iskander-M', 'Iskander-M and Iskander-K', 'X-101/X-555 and Kalibr and Iskander-M/KN-23'],
  ],
  ['missile', 'unknown', ['Unknown Missile']],
  ['bomb', 'guided-bomb', ['GBU']],
  ['bomb', 'unknown', ['Aerial Bomb']],
];

describe('classifyModel', () => {
  it('knows every model of the snapshot, combinations included', () => {
    const models = SNAPSHOT.flatMap(([kind, category, names]) => names.map((model) => ({ model, kind, category, known: true })));
    expect(models).toHaveLength(63);
    expect(models.map(({ model }) => ({ model, ...classifyModel(model) }))).toEqual(models);
  });

  it('matches names whatever their case and spacing', () => {
    expect(classifyModel('  shahed-136/131 ')).toEqual({ kind: 'drone', category: 'strike-drone', known: true });
    expect(classifyModel('X-101 / X-555   AND  kalibr')).toEqual({ kind: 'missile', category: 'cruise', known: true });
    expect(classifyModel('МОЛНІЯ')).toMatchObject({ kind: 'drone', known: true });
  });

  it('gives a combination of kinds kind unknown and category mixed', () => {
    expect(classifyModel('Shahed-136/131 and Kalibr')).toEqual({ kind: 'unknown', category: 'mixed', known: true });
    expect(classifyModel('Unknown UAV and Unknown Missile')).toEqual({ kind: 'unknown', category: 'unknown', known: true });
  });

  it('does not know a model, or a combination with a part, it has never seen', () => {
    expect(classifyModel('Гербера')).toEqual({ kind: 'unknown', category: 'unknown', known: false });
    expect(classifyModel('Kalibr and Гербера')).toEqual({ kind: 'unknown', category: 'unknown', known: false });
    expect(classifyModel('')).toMatchObject({ known: false });
    expect(classifyModel('Kalibr and')).toMatchObject({ known: false });
  });

  it('reads a user table first, for whole names and for parts', () => {
    const table = {
      'Гербера ': { kind: 'drone', category: 'strike-drone' },
      'x-47 KINZHAL and iskander-m/kn-23': { kind: 'missile', category: 'cruise' },
      Kalibr: { kind: 'missile', category: 'ballistic' },
    } as const;
    expect(classifyModel('гербера', table)).toEqual({ kind: 'drone', category: 'strike-drone', known: true });
    expect(classifyModel('Гербера and Shahed-136/131', table)).toEqual({ kind: 'drone', category: 'strike-drone', known: true });
    expect(classifyModel('X-47 Kinzhal and Iskander-M/KN-23', table)).toMatchObject({ category: 'cruise' });
    expect(classifyModel('Kalibr', table)).toMatchObject({ category: 'ballistic' });
    expect(classifyModel('Kalibr')).toMatchObject({ category: 'cruise' });
  });
});
