// Allow-listed values shared by the catalog schema, the database enums and the filters.
// Keep these in the same order as the enums in prisma/schema.prisma.

export const CATEGORIES = [
  'neuromodulator',
  'dermal_filler',
  'laser_light',
  'chemical_peel',
  'skin_resurfacing',
  'body_contouring',
  'thread_lift',
  'surgery',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SPECIALTIES = ['cosmetic_dermatology', 'plastic_surgery'] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export const INVASIVENESS = ['non_invasive', 'minimally_invasive', 'surgical'] as const;
export type Invasiveness = (typeof INVASIVENESS)[number];

export const ANESTHESIA = ['none', 'topical', 'local', 'sedation', 'general'] as const;
export type Anesthesia = (typeof ANESTHESIA)[number];

export const RISK_LEVELS = ['low', 'moderate', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const FDA_STATUSES = [
  'approved', // drug or biologic approved for this cosmetic use
  'cleared', // device cleared (510(k)) for this use
  'off_label', // product approved, but this use is not on its label
  'not_applicable', // a surgical technique: the FDA does not approve procedures
] as const;
export type FdaStatus = (typeof FDA_STATUSES)[number];

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
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];
