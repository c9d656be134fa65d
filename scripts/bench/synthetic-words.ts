import type { BodyArea, Category, Concern, CostUnit, Invasiveness } from '../../lib/procedures/constants';

// Vocabulary for synthetic catalogs: realistic words per category, so free-text search is as
// selective on synthetic data as on the real catalog (a brand matches a few percent, not all rows).

export type CategoryProfile = {
  category: Category;
  /** Relative share of the catalog. */
  weight: number;
  techniques: string[];
  aliases: string[];
  brands: string[];
  concerns: Concern[];
  areas: BodyArea[];
  invasiveness: Invasiveness[];
  /** Upper bound of the longest recovery, in days; null share = "not reported". */
  recoveryMaxDays: number;
  costUsd: [number, number];
  costUnit: CostUnit[];
};

export const PROFILES: CategoryProfile[] = [
  {
    category: 'neuromodulator',
    weight: 12,
    techniques: [
      'botulinum toxin injections',
      'wrinkle relaxer treatment',
      'baby Botox',
      'masseter reduction injections',
      'lip flip injections',
      'underarm sweating injections',
    ],
    aliases: ['anti-wrinkle injections', 'neurotoxin', 'tox', 'preventative Botox'],
    brands: ['Botox Cosmetic', 'Dysport', 'Xeomin', 'Jeuveau', 'Daxxify', 'Letybo'],
    concerns: ['wrinkles', 'fine_lines', 'excessive_sweating'],
    areas: ['forehead', 'eyes', 'face', 'jawline', 'underarms', 'lips'],
    invasiveness: ['minimally_invasive'],
    recoveryMaxDays: 1,
    costUsd: [200, 900],
    costUnit: ['per_area', 'per_session'],
  },
  {
    category: 'dermal_filler',
    weight: 14,
    techniques: [
      'hyaluronic acid filler',
      'lip filler',
      'cheek filler',
      'tear trough filler',
      'jawline filler',
      'biostimulator injections',
      'hand rejuvenation filler',
    ],
    aliases: ['liquid facelift', 'lip augmentation', 'non-surgical nose job', 'volume restoration'],
    brands: ['Juvederm', 'Restylane', 'RHA Collection', 'Sculptra', 'Radiesse', 'Belotero', 'Restylane Eyelight'],
    concerns: ['volume_loss', 'thin_lips', 'under_eye_hollows', 'wrinkles', 'nose_shape'],
    areas: ['lips', 'cheeks', 'eyes', 'chin', 'jawline', 'hands', 'nose'],
    invasiveness: ['minimally_invasive'],
    recoveryMaxDays: 3,
    costUsd: [500, 2500],
    costUnit: ['per_syringe', 'per_session'],
  },
  {
    category: 'laser_light',
    weight: 16,
    techniques: [
      'fractional CO2 laser',
      'erbium laser resurfacing',
      'IPL photofacial',
      'pulsed dye laser',
      'picosecond laser',
      'laser hair removal',
      'Nd:YAG laser vein treatment',
    ],
    aliases: ['laser peel', 'photorejuvenation', 'intense pulsed light', 'broadband light', 'laser skin renewal'],
    brands: ['Fraxel', 'Clear + Brilliant', 'Halo', 'PicoSure', 'BBL HERO', 'Vbeam', 'GentleMax Pro'],
    concerns: ['sun_damage', 'pigmentation', 'redness', 'fine_lines', 'unwanted_hair', 'acne_scars', 'uneven_texture'],
    areas: ['face', 'neck', 'chest', 'hands', 'legs', 'arms', 'underarms'],
    invasiveness: ['non_invasive', 'minimally_invasive'],
    recoveryMaxDays: 14,
    costUsd: [150, 3000],
    costUnit: ['per_session'],
  },
  {
    category: 'chemical_peel',
    weight: 10,
    techniques: [
      'glycolic acid peel',
      'salicylic acid peel',
      'TCA peel',
      'Jessner peel',
      'phenol peel',
      'lactic acid peel',
      'mandelic acid peel',
    ],
    aliases: ['lunchtime peel', 'superficial peel', 'medium-depth peel', 'skin peel', 'acid peel'],
    brands: ['VI Peel', 'PCA Sensi Peel', 'Obagi Blue Peel', 'ZO 3-Step Peel'],
    concerns: ['pigmentation', 'sun_damage', 'acne_scars', 'fine_lines', 'uneven_texture', 'enlarged_pores'],
    areas: ['face', 'neck', 'chest', 'back', 'hands'],
    invasiveness: ['non_invasive', 'minimally_invasive'],
    recoveryMaxDays: 21,
    costUsd: [100, 3500],
    costUnit: ['per_session'],
  },
  {
    category: 'skin_resurfacing',
    weight: 10,
    techniques: [
      'microneedling',
      'radiofrequency microneedling',
      'microdermabrasion',
      'dermabrasion',
      'dermaplaning',
      'hydradermabrasion facial',
    ],
    aliases: ['collagen induction therapy', 'skin needling', 'power peel', 'skin planing'],
    brands: ['SkinPen', 'Morpheus8', 'Vivace', 'Potenza', 'HydraFacial', 'Secret RF'],
    concerns: ['acne_scars', 'scars', 'uneven_texture', 'enlarged_pores', 'fine_lines'],
    areas: ['face', 'neck', 'chest', 'abdomen', 'arms'],
    invasiveness: ['non_invasive', 'minimally_invasive'],
    recoveryMaxDays: 14,
    costUsd: [150, 2500],
    costUnit: ['per_session'],
  },
  {
    category: 'body_contouring',
    weight: 12,
    techniques: [
      'cryolipolysis',
      'radiofrequency skin tightening',
      'micro-focused ultrasound lifting',
      'HIFEM muscle toning',
      'laser lipolysis',
      'deoxycholic acid injections',
    ],
    aliases: ['fat freezing', 'non-surgical fat reduction', 'skin tightening', 'body sculpting', 'double chin injections'],
    brands: ['CoolSculpting', 'Thermage', 'Ultherapy', 'Emsculpt', 'SculpSure', 'Kybella', 'truSculpt'],
    concerns: ['excess_fat', 'double_chin', 'loose_skin', 'sagging_skin'],
    areas: ['abdomen', 'flanks', 'thighs', 'chin', 'arms', 'buttocks', 'neck', 'back'],
    invasiveness: ['non_invasive', 'minimally_invasive'],
    recoveryMaxDays: 3,
    costUsd: [600, 4500],
    costUnit: ['per_area', 'per_session'],
  },
  {
    category: 'thread_lift',
    weight: 4,
    techniques: ['PDO thread lift', 'barbed suture lift', 'polylactic acid thread lift', 'nose thread lift'],
    aliases: ['lunchtime lift', 'suture lift', 'non-surgical facelift', 'thread facelift'],
    brands: ['MINT', 'Silhouette InstaLift', 'NovaThreads'],
    concerns: ['sagging_skin', 'loose_skin', 'nose_shape'],
    areas: ['cheeks', 'jawline', 'neck', 'forehead', 'nose'],
    invasiveness: ['minimally_invasive'],
    recoveryMaxDays: 14,
    costUsd: [1500, 6000],
    costUnit: ['per_procedure'],
  },
  {
    category: 'surgery',
    weight: 22,
    techniques: [
      'facelift',
      'neck lift',
      'brow lift',
      'eyelid surgery',
      'rhinoplasty',
      'liposuction',
      'tummy tuck',
      'breast augmentation',
      'breast lift',
      'breast reduction',
      'arm lift',
      'thigh lift',
      'chin implant',
      'ear pinning',
      'fat transfer',
    ],
    aliases: [
      'rhytidectomy',
      'blepharoplasty',
      'nose job',
      'abdominoplasty',
      'mastopexy',
      'brachioplasty',
      'otoplasty',
      'genioplasty',
      'lipoplasty',
      'cosmetic surgery',
    ],
    brands: [],
    concerns: ['sagging_skin', 'loose_skin', 'droopy_eyelids', 'under_eye_bags', 'nose_shape', 'breast_size', 'excess_fat', 'double_chin'],
    areas: ['face', 'neck', 'eyes', 'nose', 'breasts', 'abdomen', 'arms', 'thighs', 'chin', 'flanks', 'buttocks'],
    invasiveness: ['surgical'],
    recoveryMaxDays: 60,
    costUsd: [2500, 16000],
    costUnit: ['per_procedure'],
  },
];

export const MODIFIERS = [
  'Advanced',
  'Gentle',
  'Express',
  'Deep',
  'Targeted',
  'Combination',
  'Signature',
  'Medical-grade',
  'Precision',
  'Light',
  'Intensive',
  'Customised',
  'Staged',
  'Conservative',
  'Extended',
  'Mini',
  'Full',
  'Revision',
  'Layered',
  'Dual',
];

export const AREA_LABELS: Record<BodyArea, string> = {
  face: 'the face',
  forehead: 'the forehead',
  eyes: 'the eye area',
  cheeks: 'the cheeks',
  lips: 'the lips',
  nose: 'the nose',
  chin: 'the chin',
  jawline: 'the jawline',
  neck: 'the neck',
  chest: 'the chest',
  breasts: 'the breasts',
  arms: 'the upper arms',
  hands: 'the hands',
  abdomen: 'the abdomen',
  flanks: 'the flanks',
  back: 'the back',
  buttocks: 'the buttocks',
  thighs: 'the thighs',
  legs: 'the legs',
  underarms: 'the underarms',
  scalp: 'the scalp',
  genitals: 'the genitals',
};

export const SIDE_EFFECTS = [
  'Redness and swelling',
  'Bruising at the treatment site',
  'Tenderness for a few days',
  'Temporary numbness',
  'Itching or tightness',
  'Peeling or flaking skin',
  'Mild headache',
  'Temporary darkening of the skin',
];

export const SERIOUS_RISKS = [
  'Infection',
  'Scarring',
  'Allergic reaction',
  'Lasting change in skin colour',
  'Nerve injury',
  'Blood clots',
  'Asymmetry needing revision',
  'Vascular occlusion (blocked blood vessel)',
];

export const MILESTONES = ['Back to desk work', 'Makeup allowed', 'Swelling mostly settled', 'Exercise allowed', 'Final result visible'];

export const SOURCES = [
  { publisher: 'American Society of Plastic Surgeons', host: 'https://www.plasticsurgery.org/cosmetic-procedures/' },
  { publisher: 'American Academy of Dermatology', host: 'https://www.aad.org/public/cosmetic/' },
  { publisher: 'American Society for Dermatologic Surgery', host: 'https://www.asds.net/skin-experts/skin-treatments/' },
  { publisher: 'Mayo Clinic', host: 'https://www.mayoclinic.org/tests-procedures/' },
  { publisher: 'NHS', host: 'https://www.nhs.uk/conditions/cosmetic-procedures/' },
  { publisher: 'U.S. Food and Drug Administration', host: 'https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/' },
];
