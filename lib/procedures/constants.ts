import { Anesthesia, Category, FdaStatus, Invasiveness, RiskLevel, SourceKind, Specialty } from '../generated/prisma/enums';

// Allow-listed values shared by the catalog schema, the database enums and the filters. Those the
// database stores as enums are read from Prisma's generated enums (prisma/schema.prisma is their
// one definition, in the order Postgres sorts them); the rest are listed here.
// What each value means is written beside the enums in prisma/schema.prisma.

/** An enum's values as a non-empty tuple (what z.enum and the filters want), in schema order. */
function valuesOf<T extends Record<string, string>>(enumObject: T): readonly [T[keyof T], ...T[keyof T][]] {
  return Object.values(enumObject) as [T[keyof T], ...T[keyof T][]];
}

export const CATEGORIES = valuesOf(Category);
export type { Category };

export const SPECIALTIES = valuesOf(Specialty);
export type { Specialty };

export const INVASIVENESS = valuesOf(Invasiveness);
export type { Invasiveness };

export const ANESTHESIA = valuesOf(Anesthesia);
export type { Anesthesia };

export const RISK_LEVELS = valuesOf(RiskLevel);
export type { RiskLevel };

export const FDA_STATUSES = valuesOf(FdaStatus);
export type { FdaStatus };

export const CONCERNS = [
  'wrinkles',
  'fine_lines',
  'volume_loss',
  'thin_lips',
  'under_eye_hollows',
  'sagging_skin',
  'sun_damage',
  'pigmentation',
  'redness',
  'acne_scars',
  'scars',
  'uneven_texture',
  'enlarged_pores',
  'unwanted_hair',
  'excess_fat',
  'double_chin',
  'loose_skin',
  'droopy_eyelids',
  'under_eye_bags',
  'nose_shape',
  'breast_size',
  'excessive_sweating',
  'visible_veins',
  'hair_loss',
  'tattoos',
  'muscle_tone',
  'enlarged_male_breasts',
  'implant_concerns',
  'labial_discomfort',
] as const;
export type Concern = (typeof CONCERNS)[number];

export const BODY_AREAS = [
  'face',
  'forehead',
  'eyes',
  'cheeks',
  'lips',
  'nose',
  'chin',
  'jawline',
  'neck',
  'chest',
  'breasts',
  'arms',
  'hands',
  'abdomen',
  'flanks',
  'back',
  'buttocks',
  'thighs',
  'legs',
  'underarms',
  'scalp',
  'genitals',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/** What kind of publisher a source is, strongest first; "copy" mirrors another source, and a
 * physician practice page is the last resort, shown as weaker evidence. */
export const SOURCE_KINDS = valuesOf(SourceKind);
export type { SourceKind };

/** Whose fee a cost is: the surgeon's or physician's fee alone, or the total price paid. */
export const COST_BASES = ['surgeon_fee', 'physician_fee', 'total_price'] as const;
export type CostBasis = (typeof COST_BASES)[number];

export const COST_UNITS = ['per_session', 'per_area', 'per_procedure', 'per_syringe'] as const;
export type CostUnit = (typeof COST_UNITS)[number];
