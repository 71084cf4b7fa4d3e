export const demoOwners = [
  { id: '101', firstName: 'Aino', lastName: 'Virtanen' },
  { id: '102', firstName: 'Mikko', lastName: 'Korhonen' },
  { id: '103', firstName: 'Laura', lastName: 'Nieminen' },
  { id: '104', firstName: 'Juha', lastName: 'Mäkinen' },
  { id: '105', firstName: 'Sanna', lastName: 'Hämäläinen' },
  { id: '106', firstName: 'Timo', lastName: 'Laine' },
];

export const finnishStems = [
  'Kivelä',
  'Nurmi',
  'Lahti',
  'Saarinen',
  'Koski',
  'Järvi',
  'Halonen',
  'Peltonen',
  'Rautio',
  'Heikkilä',
  'Vainio',
  'Salo',
  'Karjala',
  'Pohjola',
  'Savo',
  'Häme',
];
export const finnishTrades = [
  'Konepaja',
  'Logistiikka',
  'Rakennus',
  'Teknologia',
  'Metalli',
  'Elintarvike',
  'Sähkö',
  'Puutuote',
  'Kuljetus',
  'Ohjelmisto',
  'Automaatio',
  'Muovi',
];
export const englishStems = [
  'Nordic',
  'Baltic',
  'Arctic',
  'Northern',
  'Coastal',
  'Atlas',
  'Summit',
  'Pioneer',
  'Harbor',
  'Granite',
  'Aurora',
  'Polar',
];
export const englishTrades = [
  'Freight',
  'Systems',
  'Foods',
  'Engineering',
  'Software',
  'Components',
  'Energy',
  'Logistics',
  'Materials',
  'Analytics',
  'Robotics',
  'Packaging',
];

export const countries = {
  FI: {
    suffix: 'Oy',
    cities: ['Helsinki', 'Tampere', 'Turku', 'Oulu', 'Jyväskylä', 'Lahti', 'Kuopio', 'Vaasa'],
  },
  SE: { suffix: 'AB', cities: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'] },
  EE: { suffix: 'AS', cities: ['Tallinn', 'Tartu'] },
  GB: { suffix: 'Ltd', cities: ['London', 'Manchester', 'Leeds', 'Bristol'] },
  DE: { suffix: 'GmbH', cities: ['Hamburg', 'Berlin', 'München', 'Köln'] },
} as const;
export type DemoCountry = keyof typeof countries;

export const demoIndustries = [
  'MACHINERY',
  'LOGISTICS_AND_SUPPLY_CHAIN',
  'CONSTRUCTION',
  'COMPUTER_SOFTWARE',
  'FOOD_PRODUCTION',
  'ELECTRICAL_ELECTRONIC_MANUFACTURING',
  'PAPER_FOREST_PRODUCTS',
  'INDUSTRIAL_AUTOMATION',
  'WHOLESALE',
  'RENEWABLES_ENVIRONMENT',
  'TRANSPORTATION_TRUCKING_RAILROAD',
  'CHEMICALS',
];

export const rationales = [
  'Uses two of our five services; expansion into maintenance contracts discussed.',
  'Growing fast in the Baltics and wants a partner for the roll-out.',
  'Good reference case for the food industry; management open to co-marketing.',
  'Stable buyer, little interest in new services at the moment.',
  'New management team; development roadmap still unclear.',
];
