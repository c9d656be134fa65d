// The fixed list of health conditions a visitor can tick in "About me". The only place the list
// lives: the caution data, the panel and the tests all read it from here. What a visitor ticks
// stays in their browser (see components/cautions/about-me-panel.tsx): never in a URL, a request
// or the database.

export const CONDITIONS = [
  {
    id: 'pregnancy',
    label: 'Pregnant or breastfeeding',
    description: 'Now, or planning to be soon.',
  },
  {
    id: 'darker-skin',
    label: 'Darker skin tone (Fitzpatrick IV–VI)',
    description: 'Skin that rarely or never burns in the sun: more pigment to protect, and to disturb.',
  },
  {
    id: 'keloids',
    label: 'Tendency to keloids or raised scars',
    description: 'You, or close family, have had scars that grew thick or raised.',
  },
  {
    id: 'isotretinoin',
    label: 'Isotretinoin in the past year',
    description: 'The acne medicine sold as Accutane, Absorica, Claravis and others.',
  },
  {
    id: 'blood-thinners',
    label: 'Blood thinners or a bleeding disorder',
    description: 'For example warfarin, aspirin, clopidogrel, or a condition that makes you bleed or bruise easily.',
  },
  {
    id: 'smoking',
    label: 'Smoking or nicotine',
    description: 'Cigarettes, vaping, patches or gum.',
  },
  {
    id: 'cold-sores',
    label: 'Active cold sores or infection at the site',
    description: 'A cold sore, rash or other infection where you would be treated, or frequent cold sores.',
  },
  {
    id: 'autoimmune',
    label: 'Autoimmune or neuromuscular disease',
    description: 'For example lupus, myasthenia gravis or ALS.',
  },
] as const;

export type Condition = (typeof CONDITIONS)[number];
export type ConditionId = Condition['id'];

export const CONDITION_IDS = CONDITIONS.map((condition) => condition.id) as [ConditionId, ...ConditionId[]];
