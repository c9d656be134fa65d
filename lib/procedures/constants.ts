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
  'other_injectable', // PRP, sclerotherapy: appended, as Postgres can only add enum values at the end
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

// fdaStatus describes the one regulated product the procedure rests on (a toxin, a filler, an
// implant, a device), for this use. The FDA regulates products, not techniques: a surgery or manual
// technique that does not rest on one such product is not_applicable, whatever tools it uses.
export const FDA_STATUSES = [
  'approved', // drug, biologic or PMA device (e.g. breast implants) approved for this use
  'cleared', // device cleared through 510(k) or De Novo for this use
  'off_label', // product approved or cleared, but this use is not on its label
  'not_applicable', // a technique that rests on no single regulated product
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
export const SOURCE_KINDS = [
  'professional_society',
  'government_health_service',
  'academic_medical_centre',
  'peer_reviewed',
  'fda',
  'statistics_report',
  'copy',
  'commercial_cost_survey',
  'physician_practice',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Whose fee a cost is: the surgeon's or physician's fee alone, or the total price paid. */
export const COST_BASES = ['surgeon_fee', 'physician_fee', 'total_price'] as const;
export type CostBasis = (typeof COST_BASES)[number];

export const COST_UNITS = ['per_session', 'per_area', 'per_procedure', 'per_syringe'] as const;
export type CostUnit = (typeof COST_UNITS)[number];
