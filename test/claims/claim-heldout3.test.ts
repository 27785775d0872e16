/**
 * Written as a held-out set (round 3) by a tester who read neither the extractor nor the other claim tests;
 * first run: 28 of 74 required claims, 19 of 60 positive cases, 29 of 29 negatives clean. Kept as a
 * measure: negatives must stay clean, positives must not fall below POSITIVE_FLOOR; the summary printed
 * after the run lists every case that still fails.
 *
 * Held-out round 3: black-box cases written from GUIDELINES.md and the contract alone (the extractor's
 * source and the other claim suites were not read). Newswire-style paragraphs from every region; positives
 * check type + the roles the text names + stage + modality where the text makes them clear; negatives
 * check that no claim of the named type(s) comes out. A summary (positives matched, negatives clean, by
 * category and region) is printed after the run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createMentionPipeline } from '../../src/extract/configuration.js';
import { type Extraction, extractArticle } from '../../src/extract/extraction.js';
import { articleOf } from '../claim-helpers.js';

type ClaimType = 'arms_transfer' | 'arms_seizure' | 'attack' | 'ties' | 'sanction';
type Region = 'africa' | 'latam' | 'asia' | 'mideast' | 'europe' | 'global';
type Role =
  | 'supplier'
  | 'recipient'
  | 'intermediaries'
  | 'end_users'
  | 'interdicted_by'
  | 'seizer'
  | 'actor'
  | 'target'
  | 'where';

/** Accepted ids for one role: an entity id, or `~regex` for an `anon:` entity whose name matches. */
type Accept = readonly string[];

interface Expectation {
  type: ClaimType;
  roles?: Partial<Record<Role, Accept>>;
  /** ties: every listed side must be among the claim's parties. */
  parties?: readonly Accept[];
  stage?: readonly string[];
  modality?: readonly string[];
  /** A claim the text implies only weakly: reported, never failed. */
  optional?: boolean;
}

interface Case {
  id: string;
  region: Region;
  category: string;
  title?: string;
  text: string;
  /** Each entry is satisfied when any of its alternatives matches a claim. */
  expect?: readonly (Expectation | { anyOf: readonly Expectation[] })[];
  /** No claim of these types may come out. */
  forbid?: readonly ClaimType[];
}

// --- ids: states with their capitals (a capital standing for its state is accepted) ---------------------
const CAPITALS: Record<string, string> = {
  ARE: 'abu-dhabi',
  ARG: 'buenos-aires',
  CAN: 'ottawa',
  CHE: 'bern',
  CHN: 'beijing',
  DEU: 'berlin',
  DNK: 'copenhagen',
  DZA: 'algiers',
  FRA: 'paris',
  GBR: 'london',
  HTI: 'port-au-prince',
  IND: 'new-delhi',
  IRN: 'tehran',
  ISR: 'jerusalem',
  ITA: 'rome',
  JOR: 'amman',
  JPN: 'tokyo',
  KOR: 'seoul',
  LBY: 'tripoli',
  MEX: 'mexico-city',
  MLI: 'bamako',
  MMR: 'naypyidaw',
  NER: 'niamey',
  NGA: 'abuja',
  PAK: 'islamabad',
  PER: 'lima',
  PHL: 'manila',
  POL: 'warsaw',
  PRK: 'pyongyang',
  RUS: 'moscow',
  RWA: 'kigali',
  SAU: 'riyadh',
  SDN: 'khartoum',
  SOM: 'mogadishu',
  SRB: 'belgrade',
  SSD: 'juba',
  SWE: 'stockholm',
  TUR: 'ankara',
  TWN: 'taipei',
  UKR: 'kyiv',
  USA: 'washington',
  VEN: 'caracas',
};
/** A state, its capital, and any extra accepted ids. */
const st = (iso: string, ...extra: string[]): Accept => [
  `state:${iso}`,
  ...(CAPITALS[iso] ? [`place:${CAPITALS[iso]}`] : []),
  ...extra,
];

const asserted = ['asserted'];
const reported = ['reported'];
const reportedOrAlleged = ['reported', 'alleged'];

// --- the cases ------------------------------------------------------------------------------------------
const POSITIVES: Case[] = [
  // ---------------------------------------------------------------- Africa
  {
    id: 'P01',
    region: 'africa',
    category: 'transfer:delivery',
    title: 'Mali receives new Turkish drones as junta expands air force',
    text: "BAMAKO, Mali (AFP) — Mali's army has taken delivery of a new batch of Bayraktar TB2 combat drones from Turkish manufacturer Baykar, the military said in a statement on Tuesday. The aircraft arrived at the Senou air base near Bamako late on Monday, it said, without giving the number of drones. The junta, which seized power in 2020 and again in 2021, has turned away from former colonial power France and towards Russia and Turkey.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: ['company:baykar', ...st('TUR')], recipient: st('MLI', '~army|military') },
        stage: ['delivery'],
        modality: reported,
      },
    ],
  },
  {
    id: 'P02',
    region: 'africa',
    category: 'transfer:delivery',
    title: "UAE sent arms to Sudan's RSF via Chad, UN experts say",
    text: "NEW YORK (Reuters) — The United Arab Emirates has supplied weapons and ammunition to Sudan's paramilitary Rapid Support Forces several times a week through an airstrip in Amdjarass in eastern Chad, United Nations sanctions monitors said in a report seen by Reuters on Monday. The Panel of Experts described the accusations as credible. The UAE's foreign ministry has rejected the allegations, saying it is not taking sides in the war, which broke out in April 2023 between the RSF and Sudan's army.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('ARE'), recipient: ['group:rsf', 'group:rapid-support-forces'] },
        stage: ['delivery'],
        modality: reportedOrAlleged,
      },
    ],
    forbid: ['sanction'],
  },
  {
    id: 'P03',
    region: 'africa',
    category: 'transfer:interdiction',
    title: "EU mission seizes armoured vehicles bound for Haftar's forces",
    text: "ROME (AP) — The European Union's naval mission in the Mediterranean, Operation Irini, said Thursday it had intercepted a cargo ship off the coast of eastern Libya carrying dozens of armoured vehicles destined for forces loyal to commander Khalifa Haftar. The vessel had sailed from the United Arab Emirates and was diverted to a port in Marseille, the mission said in a statement. Libya has been under a U.N. arms embargo since the 2011 uprising that toppled Moammar Gadhafi.",
    expect: [
      {
        type: 'arms_transfer',
        roles: {
          recipient: [
            'person:khalifa-haftar',
            'unit:lna',
            'group:lna',
            'group:libyan-national-army',
            '~Haftar',
          ],
          interdicted_by: ['org:eunavfor-med-irini', 'org:operation-irini', 'org:eu', '~Irini'],
        },
        stage: ['interdiction'],
        modality: reported,
      },
      {
        type: 'sanction',
        roles: { target: st('LBY') },
        stage: ['imposition'],
        optional: true,
      },
    ],
  },
  {
    id: 'P04',
    region: 'africa',
    category: 'seizure',
    text: "MOGADISHU, Somalia (Reuters) — Somali security forces seized a large cache of weapons, including PKM machine guns, rocket-propelled grenades and explosives, during a raid on an al-Shabaab hideout near the port city of Kismayo, the National Intelligence and Security Agency (NISA) said on Sunday. Three suspects were detained, the agency said, adding that the operation had been carried out with the help of international partners. Al-Shabaab, which is allied with al Qaeda, has been fighting for more than 15 years to topple Somalia's central government.",
    expect: [
      {
        type: 'arms_seizure',
        roles: { seizer: st('SOM', 'gov:nisa', '~security forces|NISA|Intelligence') },
        modality: reported,
      },
      { type: 'ties', parties: [['group:al-shabaab'], ['group:al-qaeda']], modality: asserted },
    ],
  },
  {
    id: 'P05',
    region: 'africa',
    category: 'attack',
    title: 'Al-Shabaab fighters storm Somali army base, killing 10 soldiers',
    text: "MOGADISHU (Reuters) — Al-Shabaab militants stormed a Somali military base in the Lower Shabelle region before dawn on Friday, detonating a car bomb at the gate before gunmen poured in, a Somali army officer told Reuters. At least 10 soldiers were killed. The group claimed responsibility in a statement on one of its websites. Somalia's government last year launched what it called an all-out war against the Islamist group.",
    expect: [
      {
        type: 'attack',
        roles: { actor: ['group:al-shabaab'] },
        modality: ['reported', 'asserted'],
      },
    ],
  },
  {
    id: 'P06',
    region: 'africa',
    category: 'transfer:delivery',
    title: 'Rwanda sends troops, missiles to help M23 rebels in Congo, UN report says',
    text: "KINSHASA, Congo (AP) — Rwanda has deployed between 3,000 and 4,000 troops in eastern Congo and supplied the M23 rebels with heavy weapons, including surface-to-air missiles, according to a report by a group of U.N. experts obtained by The Associated Press. The experts said Rwanda had 'de facto control' of M23 operations. Rwanda's government has repeatedly denied backing the group.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('RWA'), recipient: ['group:m23'] },
        stage: ['delivery'],
        modality: reportedOrAlleged,
      },
    ],
  },
  {
    id: 'P07',
    region: 'africa',
    category: 'attack',
    text: 'GOMA, Congo (Reuters) — Two bombs struck a camp for displaced people on the outskirts of Goma on Friday, killing at least 12 people, most of them women and children, the United Nations said. The Congolese army blamed the M23 rebel group, which it said had fired the shells from positions in the hills above the camp. M23 denied responsibility and accused the army of carrying out the strike.',
    expect: [{ type: 'attack', roles: { actor: ['group:m23'] } }],
  },
  {
    id: 'P08',
    region: 'africa',
    category: 'transfer:agreement',
    title: 'Nigeria signs deal for 24 Italian-made M-346 jets',
    text: 'ABUJA, Nigeria (AP) — Nigeria has signed a contract with Italian defence group Leonardo for 24 M-346 light attack aircraft, the Nigerian Air Force said Wednesday, as the West African nation steps up its fight against jihadist insurgents and armed bandits in the north. The deal was signed in Rome last month, spokesman Air Vice Marshal Edward Gabkwet said, without disclosing its value. The first jets are expected to arrive next year.',
    expect: [
      {
        type: 'arms_transfer',
        roles: {
          supplier: ['company:leonardo', '~Leonardo'],
          recipient: st('NGA', 'unit:nigerian-air-force', '~Air Force'),
        },
        stage: ['agreement'],
        modality: reported,
      },
    ],
  },
  {
    id: 'P09',
    region: 'africa',
    category: 'transfer:delivery',
    text: "NIAMEY, Niger (AFP) — A Russian military cargo plane landed in Niamey on Wednesday carrying instructors and an air defence system, Niger's state television RTN reported. The delivery follows an agreement reached in January between the country's military rulers and Moscow to strengthen defence cooperation. Niger's junta, which took power in a July 2023 coup, has ordered French troops out and is now pushing for the departure of U.S. forces.",
    expect: [
      {
        type: 'arms_transfer',
        roles: {
          supplier: st('RUS', 'unit:russian-armed-forces'),
          recipient: st('NER', '~junta|military rulers'),
        },
        stage: ['delivery'],
        modality: reported,
      },
      { type: 'ties', parties: [st('NER', '~junta|military rulers'), st('RUS')] },
    ],
  },
  {
    id: 'P10',
    region: 'africa',
    category: 'transfer:payment',
    title: "Sudan's army paid Iranian firm for drones, documents show",
    text: "DUBAI (Reuters) — Sudan's army paid $37 million into the account of an Iranian state-owned defence company in 2023 for a consignment of Mohajer-6 drones and spare parts, according to bank documents reviewed by Reuters. Two Sudanese military officials confirmed the payment, but declined to say whether the drones had arrived. Iran's mission to the United Nations did not respond to a request for comment.",
    expect: [
      {
        type: 'arms_transfer',
        roles: {
          supplier: st('IRN', '~Iranian'),
          recipient: st('SDN', '~army', 'unit:sudanese-armed-forces', 'unit:saf'),
        },
        stage: ['payment'],
        modality: ['reported', 'confirmed'],
      },
    ],
  },
  {
    id: 'P11',
    region: 'africa',
    category: 'sanction:lifting',
    text: "ABUJA (Reuters) — West Africa's main regional bloc ECOWAS on Saturday lifted most of the sanctions it imposed on Niger after last July's coup, including border closures and a freeze on central bank assets, citing humanitarian grounds. The decision, announced after an extraordinary summit in Abuja, comes weeks after Niger, Mali and Burkina Faso said they would quit the bloc. Some targeted individual sanctions and political sanctions remain in place, ECOWAS Commission President Omar Touray said.",
    expect: [
      {
        type: 'sanction',
        roles: { actor: ['org:ecowas'], target: st('NER') },
        stage: ['lifting'],
        modality: ['asserted', 'reported'],
      },
      {
        type: 'sanction',
        roles: { actor: ['org:ecowas'], target: st('NER') },
        stage: ['imposition'],
        optional: true,
      },
    ],
  },
  {
    id: 'P12',
    region: 'africa',
    category: 'sanction:imposition',
    text: "UNITED NATIONS (AP) — The U.N. Security Council voted Thursday to extend an arms embargo on South Sudan for another year despite objections from African members, who said the measure hampers the government's ability to secure the country. The resolution, drafted by the United States, passed with 10 votes in favour and five abstentions. It also renewed a travel ban and asset freeze on several individuals accused of undermining peace.",
    expect: [
      {
        type: 'sanction',
        roles: { actor: ['org:un-security-council', 'org:un', 'org:unsc'], target: st('SSD') },
        stage: ['imposition'],
        modality: asserted,
      },
    ],
  },
  {
    id: 'P13',
    region: 'latam',
    category: 'transfer:interdiction',
    title: "Texas men charged with smuggling rifles to Mexico's Gulf Cartel",
    text: 'LAREDO, Texas (AP) — Federal agents arrested two men accused of trying to smuggle dozens of AR-15-style rifles and thousands of rounds of .50-caliber ammunition across the border to the Gulf Cartel, prosecutors said Tuesday. The weapons were found hidden in the spare tyre compartment of a pickup truck at the World Trade Bridge. If convicted, the men face up to 20 years in prison.',
    expect: [
      {
        type: 'arms_transfer',
        roles: { recipient: ['group:gulf-cartel', 'group:cartel-del-golfo'] },
        stage: ['interdiction'],
        modality: reportedOrAlleged,
      },
    ],
  },
  {
    id: 'P14',
    region: 'latam',
    category: 'seizure',
    text: "MEXICO CITY (Reuters) — Mexican soldiers seized more than 120 rifles, 30 grenades and a homemade armoured truck at a ranch used by the Jalisco New Generation Cartel in the western state of Michoacan, the Defense Ministry said on Monday. No arrests were made. The cartel, considered one of the country's most powerful, has been fighting rivals for control of drug trafficking routes in the region.",
    expect: [
      {
        type: 'arms_seizure',
        roles: {
          seizer: st(
            'MEX',
            'gov:mex-defense-ministry',
            'unit:mexican-army',
            '~soldiers|army|Defense Ministry',
          ),
        },
        modality: reported,
      },
    ],
  },
  {
    id: 'P15',
    region: 'latam',
    category: 'attack',
    text: "BOGOTA, Colombia (AFP) — FARC dissidents attacked a police station in the southwestern department of Cauca with explosive-laden drones early Sunday, wounding four officers, Colombia's national police said. The group, known as the Central General Staff (EMC), rejected a 2016 peace deal signed by the FARC guerrillas and has stepped up attacks in recent months. President Gustavo Petro condemned what he called 'a cowardly act of terrorism'.",
    expect: [
      {
        type: 'attack',
        roles: {
          actor: [
            'group:farc-emc',
            'group:farc-dissidents',
            'group:emc',
            'group:central-general-staff',
            '~FARC|dissident',
          ],
        },
        modality: reported,
      },
    ],
  },
  {
    id: 'P16',
    region: 'latam',
    category: 'transfer:delivery',
    text: "CARACAS (Reuters) — Venezuela has received Iranian-designed Mohajer-2 drones and is assembling them at a plant in Maracay with Tehran's help, the head of U.S. Southern Command told lawmakers on Thursday. Iran has also supplied the South American country with spare parts for its ageing fleet of F-5 fighters, Admiral Craig Faller said. Venezuela's defence ministry did not respond to a request for comment.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('IRN'), recipient: st('VEN') },
        stage: ['delivery'],
        modality: reported,
      },
    ],
  },
  {
    id: 'P17',
    region: 'latam',
    category: 'ties',
    text: "MOSCOW (AP) — Russia and Venezuela agreed on Tuesday to deepen their military and technical cooperation, Russian Defence Minister Sergei Shoigu said after talks with his Venezuelan counterpart Vladimir Padrino López. 'Venezuela is our strategic partner in Latin America,' Shoigu said. The two countries have held joint naval exercises in the Caribbean in the past.",
    expect: [{ type: 'ties', parties: [st('RUS'), st('VEN')], modality: reported }],
    forbid: ['attack'],
  },
  {
    id: 'P18',
    region: 'latam',
    category: 'transfer:agreement',
    title: 'Argentina buys 24 used F-16s from Denmark',
    text: "BUENOS AIRES, Argentina (AP) — Argentina signed a deal on Tuesday to buy 24 F-16 fighter jets from Denmark for about $300 million, the largest military purchase by the South American nation in decades. Defense Minister Luis Petri signed the agreement in Copenhagen alongside his Danish counterpart. The United States, which must approve any transfer of the U.S.-made jets, had backed the sale as a way of countering China's influence in the region.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('DNK'), recipient: st('ARG') },
        stage: ['agreement'],
        modality: asserted,
      },
    ],
  },
  {
    id: 'P19',
    region: 'latam',
    category: 'transfer:interdiction',
    text: 'PORT-AU-PRINCE, Haiti (AP) — Haitian customs officials seized a shipping container packed with rifles, pistols and some 15,000 rounds of ammunition that had been sent from Miami, police said Wednesday, amid fears that the weapons were destined for gangs that control much of the capital. The container had been declared as carrying clothing and food, officials said. Haiti has been under a U.N. arms embargo on non-state actors since 2022.',
    expect: [
      {
        type: 'arms_transfer',
        roles: { interdicted_by: st('HTI', '~customs') },
        stage: ['interdiction'],
        modality: reportedOrAlleged,
      },
    ],
  },
  {
    id: 'P20',
    region: 'latam',
    category: 'sanction:imposition',
    text: "WASHINGTON (Reuters) — The U.S. Treasury Department on Wednesday imposed sanctions on Ecuador's Los Choneros gang and its leader, Adolfo Macías, accusing the group of drug trafficking and of fuelling a wave of violence in the South American country. The move freezes any U.S. assets of those targeted and generally bars Americans from dealing with them. Macías, known as 'Fito', escaped from a prison in Guayaquil in January.",
    expect: [
      {
        type: 'sanction',
        roles: {
          actor: st('USA', 'gov:us-treasury', 'gov:us-department-of-the-treasury', '~Treasury'),
          target: ['group:los-choneros', 'person:adolfo-macias', '~Choneros|Mac[ií]as'],
        },
        stage: ['imposition'],
        modality: asserted,
      },
    ],
  },
  // ---------------------------------------------------------------- Asia
  {
    id: 'P21',
    region: 'asia',
    category: 'transfer:delivery',
    text: "YANGON (Reuters) — Russia has delivered two more Su-30SME fighter jets to Myanmar's military, state media reported on Friday, as the junta steps up air strikes against resistance forces. The aircraft were handed over at a ceremony in the capital Naypyitaw attended by junta chief Min Aung Hlaing. Myanmar ordered six of the jets in 2018.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('RUS'), recipient: st('MMR', 'place:naypyitaw', '~military|junta') },
        stage: ['delivery'],
        modality: reported,
      },
      { type: 'arms_transfer', roles: { recipient: st('MMR') }, stage: ['agreement'], optional: true },
      { type: 'attack', roles: { actor: st('MMR', '~junta|military') }, optional: true },
    ],
  },
  {
    id: 'P22',
    region: 'asia',
    category: 'sanction:imposition',
    text: "LONDON (Reuters) — Britain on Tuesday imposed sanctions on two companies and one individual it said were supplying aviation fuel to Myanmar's military, which has carried out deadly air strikes on civilians since seizing power in 2021. The measures, coordinated with Canada, include asset freezes and travel bans. Britain has now sanctioned 25 individuals and 39 entities linked to the junta.",
    expect: [
      { type: 'sanction', roles: { actor: st('GBR') }, stage: ['imposition'], modality: asserted },
      { type: 'attack', roles: { actor: st('MMR', '~military|junta') }, optional: true },
    ],
    // aviation fuel is not arms (guidelines: not fuel)
    forbid: ['arms_transfer'],
  },
  {
    id: 'P23',
    region: 'asia',
    category: 'attack',
    title: 'Myanmar junta airstrike kills scores in Sagaing village, witnesses say',
    text: "BANGKOK (AP) — Myanmar's military carried out an airstrike on a village in the central Sagaing region on Tuesday, killing at least 100 people, including children, who had gathered for the opening of a local office of the opposition movement, according to witnesses and the shadow National Unity Government. A fighter jet dropped bombs directly onto the crowd, and a helicopter later fired on survivors, one witness said. The military government confirmed it had conducted the strike, saying it targeted 'terrorists'.",
    expect: [
      {
        type: 'attack',
        roles: { actor: st('MMR', '~military|junta'), where: ['place:sagaing', 'place:sagaing-region'] },
        modality: ['reported', 'confirmed'],
      },
    ],
  },
  {
    id: 'P24',
    region: 'asia',
    category: 'transfer:delivery',
    title: 'North Korea has sent Russia millions of artillery shells, Seoul says',
    text: "SEOUL, South Korea (AP) — North Korea has shipped around 6,700 containers to Russia since August, carrying millions of artillery shells and other munitions, South Korea's defence minister Shin Won-sik said on Tuesday. In return, Pyongyang has received food, raw materials and parts for weapons manufacturing, Shin told reporters. Both Moscow and Pyongyang have dismissed claims of arms transfers between them.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('PRK'), recipient: st('RUS') },
        stage: ['delivery'],
        modality: reportedOrAlleged,
      },
      { type: 'arms_transfer', roles: { recipient: st('PRK') }, stage: ['delivery'], optional: true },
    ],
  },
  {
    id: 'P25',
    region: 'asia',
    category: 'transfer:agreement',
    text: "WASHINGTON (Reuters) — The U.S. State Department has approved the possible sale to Taiwan of equipment to maintain its F-16 fighter jets worth about $300 million, the Pentagon's Defense Security Cooperation Agency said on Wednesday. China's foreign ministry said it firmly opposed the sale and would take 'resolute and forceful measures' to defend its sovereignty. Beijing, which views democratically governed Taiwan as its own territory, has stepped up military pressure on the island.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('USA', '~State Department', 'gov:us-state-department'), recipient: st('TWN') },
        stage: ['agreement'],
        modality: reported,
      },
    ],
    forbid: ['attack'],
  },
  {
    id: 'P26',
    region: 'asia',
    category: 'transfer:delivery',
    text: "ISLAMABAD (Reuters) — China has handed over the first of eight Hangor-class submarines to Pakistan's navy at a ceremony in the Chinese city of Wuhan, Pakistan's military said on Friday. The submarines are being built under a $5 billion deal signed in 2015, under which four of the vessels will be assembled at Karachi Shipyard. Beijing is Pakistan's main arms supplier and the two countries describe their relationship as an 'all-weather' strategic partnership.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('CHN'), recipient: st('PAK', '~navy', 'unit:pakistan-navy') },
        stage: ['delivery'],
        modality: reported,
      },
      { type: 'ties', parties: [st('CHN'), st('PAK')] },
      { type: 'arms_transfer', roles: { recipient: st('PAK') }, stage: ['agreement'], optional: true },
    ],
  },
  {
    id: 'P27',
    region: 'asia',
    category: 'transfer:agreement',
    text: 'NEW DELHI (AFP) — India signed a deal worth about $7.4 billion with France on Monday to buy 26 Rafale Marine fighter jets for its navy, the defence ministry said, the latest in a string of big-ticket purchases from Paris. The jets, built by Dassault Aviation, will operate from the aircraft carrier INS Vikrant. Deliveries are expected to begin in 2028.',
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('FRA', 'company:dassault-aviation', 'company:dassault'), recipient: st('IND') },
        stage: ['agreement'],
        modality: reported,
      },
    ],
  },
  {
    id: 'P28',
    region: 'asia',
    category: 'transfer:negotiation',
    text: 'NEW DELHI (Reuters) — India is in talks with the United States to jointly produce Stryker armoured combat vehicles, two Indian defence officials told Reuters, as New Delhi seeks to reduce its reliance on Russian weapons. The talks are at an early stage and no decision has been made, one of the officials said, speaking on condition of anonymity. Washington offered the vehicles to India last year.',
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('USA'), recipient: st('IND') },
        stage: ['negotiation'],
        modality: ['reported', 'intended'],
      },
    ],
  },
  {
    id: 'P29',
    region: 'asia',
    category: 'attack',
    text: 'QUETTA, Pakistan (AP) — Separatist militants from the outlawed Baloch Liberation Army attacked a convoy carrying Chinese engineers in the southwestern port city of Gwadar on Sunday, police said. Security forces repulsed the attack and killed two of the assailants, and no Chinese nationals were hurt, officials said. The BLA claimed responsibility, saying it was targeting Chinese investment in the mineral-rich province of Baluchistan.',
    expect: [
      {
        type: 'attack',
        roles: { actor: ['group:bla', 'group:baloch-liberation-army'], where: ['place:gwadar'] },
        modality: reported,
      },
    ],
  },
  {
    id: 'P30',
    region: 'asia',
    category: 'ties',
    title: 'Putin, Kim sign pact pledging mutual military aid',
    text: "PYONGYANG (AP) — Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership agreement on Wednesday that includes a pledge of mutual military assistance if either country is attacked. Kim called the deal an 'alliance', while Putin said it was a 'breakthrough document'. The United States and South Korea have accused North Korea of supplying Russia with artillery shells and ballistic missiles for use in Ukraine, which both countries deny.",
    expect: [
      {
        type: 'ties',
        parties: [st('RUS', 'person:vladimir-putin'), st('PRK', 'person:kim-jong-un')],
      },
      {
        type: 'arms_transfer',
        roles: { supplier: st('PRK'), recipient: st('RUS') },
        stage: ['delivery'],
        modality: ['alleged', 'reported', 'denied'],
      },
    ],
    forbid: ['attack'],
  },
  {
    id: 'P31',
    region: 'asia',
    category: 'ties',
    text: "MANILA, Philippines (AP) — Japan and the Philippines signed a defence pact on Monday that will allow each to deploy troops on the other's territory for joint exercises, deepening their security alliance amid growing concern over China's actions in the disputed South China Sea. The Reciprocal Access Agreement was signed in Manila by Japanese Foreign Minister Yoko Kamikawa and Philippine Defence Secretary Gilberto Teodoro. China said the region 'does not need military blocs'.",
    expect: [{ type: 'ties', parties: [st('JPN'), st('PHL')], modality: asserted }],
    forbid: ['attack', 'arms_transfer'],
  },
  // ---------------------------------------------------------------- Middle East
  {
    id: 'P32',
    region: 'mideast',
    category: 'attack',
    text: "DUBAI (Reuters) — Yemen's Houthi rebels fired two anti-ship ballistic missiles at the Liberian-flagged container ship MSC Orion in the Gulf of Aden on Saturday, the U.S. military's Central Command said. One missile struck the vessel, causing minor damage but no injuries, CENTCOM said. The Iran-aligned group has attacked shipping in the region for months in what it says is solidarity with Palestinians in Gaza.",
    expect: [{ type: 'attack', roles: { actor: ['group:houthis'] }, modality: reported }],
  },
  {
    id: 'P33',
    region: 'mideast',
    category: 'transfer:interdiction',
    title: 'US Navy seizes Iranian missile parts bound for Houthis',
    text: "WASHINGTON (AP) — U.S. Navy SEALs boarded a small boat in the Arabian Sea and seized Iranian-made ballistic and cruise missile components bound for Yemen's Houthi rebels, U.S. Central Command said Tuesday. Among the items seized were propulsion and guidance parts and a warhead, the command said. Two SEALs went missing during the night-time raid off the coast of Somalia.",
    expect: [
      {
        type: 'arms_transfer',
        roles: {
          supplier: st('IRN'),
          recipient: ['group:houthis'],
          interdicted_by: st(
            'USA',
            '~Navy|SEALs|Central Command',
            'unit:us-navy',
            'unit:navy-seals',
            'unit:centcom',
          ),
        },
        stage: ['interdiction'],
        modality: reported,
      },
    ],
  },
  {
    id: 'P34',
    region: 'mideast',
    category: 'transfer:agreement',
    text: "JERUSALEM (Reuters) — Israel's Defence Ministry said on Sunday it had signed a $3 billion deal with Lockheed Martin to buy a third squadron of 25 F-35 stealth fighter jets, which will bring its fleet to 75. The purchase will be financed through U.S. military aid, the ministry said in a statement. The first jets are due to arrive in 2028.",
    expect: [
      {
        type: 'arms_transfer',
        roles: {
          supplier: ['company:lockheed-martin'],
          recipient: st('ISR', 'gov:isr-defence-ministry', 'unit:idf', '~Defence Ministry'),
        },
        stage: ['agreement'],
        modality: reported,
      },
    ],
  },
  {
    id: 'P35',
    region: 'mideast',
    category: 'attack',
    text: 'BEIRUT (AP) — Hezbollah fired dozens of rockets at an Israeli military base in the occupied Golan Heights on Tuesday, the militant group said, in retaliation for an Israeli strike that killed one of its commanders in southern Lebanon a day earlier. The Israeli military said most of the projectiles were intercepted. Cross-border exchanges have escalated since October.',
    expect: [
      { type: 'attack', roles: { actor: ['group:hezbollah'] }, modality: reported },
      { type: 'attack', roles: { actor: st('ISR', 'unit:idf', '~Israeli') } },
    ],
  },
  {
    id: 'P36',
    region: 'mideast',
    category: 'transfer:cancellation',
    text: 'OTTAWA (Reuters) — Canada will halt future arms exports to Israel, Foreign Minister Melanie Joly said on Tuesday, following a non-binding parliamentary motion calling for an end to weapons sales amid the war in Gaza. Existing export permits will remain in effect, officials said. Canada exported about C$21 million worth of military goods to Israel in 2022, government data shows.',
    expect: [
      {
        anyOf: [
          {
            type: 'arms_transfer',
            roles: { supplier: st('CAN'), recipient: st('ISR') },
            stage: ['cancellation'],
            modality: ['reported', 'intended'],
          },
          {
            type: 'sanction',
            roles: { actor: st('CAN'), target: st('ISR') },
            stage: ['imposition'],
            modality: ['reported', 'intended'],
          },
        ],
      },
      {
        type: 'arms_transfer',
        roles: { supplier: st('CAN'), recipient: st('ISR') },
        stage: ['delivery'],
        modality: ['reported', 'asserted'],
      },
    ],
  },
  {
    id: 'P37',
    region: 'mideast',
    category: 'transfer:delivery',
    text: "KYIV, Ukraine (AP) — Iran has supplied Russia with hundreds of Shahed-136 attack drones and is helping Moscow build a factory to produce them in the Alabuga special economic zone, according to Western intelligence officials. Tehran initially denied sending any drones, then acknowledged providing a small number before the invasion. Ukraine's air force says it shoots down most of the drones, which are launched in swarms against energy facilities.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('IRN'), recipient: st('RUS') },
        stage: ['delivery'],
        modality: reportedOrAlleged,
      },
    ],
  },
  {
    id: 'P38',
    region: 'mideast',
    category: 'transfer:interdiction',
    text: "AMMAN, Jordan (Reuters) — Jordan's army said on Monday it had foiled an attempt to smuggle weapons and drugs across the border from Syria, killing one smuggler and seizing rocket-propelled grenades, assault rifles and large quantities of Captagon pills. The army has blamed pro-Iranian militias operating in southern Syria for the smuggling. Jordan says the weapons are often destined for groups in the occupied West Bank.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { interdicted_by: st('JOR', '~army', 'unit:jordanian-armed-forces', 'unit:jordanian-army') },
        stage: ['interdiction'],
        modality: reported,
      },
    ],
  },
  {
    id: 'P39',
    region: 'mideast',
    category: 'sanction:imposition',
    text: "BRUSSELS (Reuters) — The European Union imposed sanctions on Iran's defence ministry and several of its officials on Monday over Tehran's supply of drones and missiles to Russia, expanding measures first adopted in 2022. The sanctions include an asset freeze and a ban on providing funds to those listed, the EU Council said in a statement. Iran has denied giving Russia missiles for use in Ukraine.",
    expect: [
      {
        type: 'sanction',
        roles: {
          actor: ['org:european-union', 'org:eu', 'place:brussels', 'org:council-of-the-eu'],
          target: st('IRN', '~defence ministry'),
        },
        stage: ['imposition'],
        modality: ['asserted', 'reported'],
      },
      {
        type: 'arms_transfer',
        roles: { supplier: st('IRN'), recipient: st('RUS') },
        stage: ['delivery'],
        modality: ['asserted', 'reported', 'alleged'],
      },
    ],
  },
  {
    id: 'P40',
    region: 'mideast',
    category: 'sanction:lifting',
    text: "WASHINGTON (Reuters) — The Biden administration will lift its ban on the sale of offensive weapons to Saudi Arabia, a senior State Department official said on Friday, ending a three-year freeze imposed over the kingdom's conduct of the war in Yemen. Sales could resume as early as next week, the official said. Riyadh halted its air strikes in Yemen after a truce in 2022.",
    expect: [
      {
        type: 'sanction',
        roles: { actor: st('USA', '~Biden administration'), target: st('SAU') },
        stage: ['lifting'],
        modality: ['reported', 'intended'],
      },
    ],
  },
  // ---------------------------------------------------------------- Europe / Ukraine
  {
    id: 'P41',
    region: 'europe',
    category: 'transfer:delivery',
    text: 'BERLIN (Reuters) — Germany has delivered a third Patriot air defence system to Ukraine, the defence ministry said on Thursday, as Kyiv pleads with its allies for more protection against Russian missile and drone strikes on its cities and power plants. Defence Minister Boris Pistorius announced the additional system in April. Germany is the second-largest supplier of military aid to Ukraine after the United States.',
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('DEU'), recipient: st('UKR') },
        stage: ['delivery'],
        modality: reported,
      },
      { type: 'attack', roles: { actor: st('RUS') }, optional: true },
    ],
  },
  {
    id: 'P42',
    region: 'europe',
    category: 'transfer:agreement',
    text: "DÜSSELDORF, Germany (Reuters) — Rheinmetall has won a framework contract from the German armed forces worth up to 8.5 billion euros ($9.2 billion) for 155mm artillery shells, the largest order in the company's history, it said on Thursday. Part of the ammunition is destined for Ukraine, the Düsseldorf-based group said. Shares in Rheinmetall rose 2% in early trade.",
    expect: [
      {
        type: 'arms_transfer',
        roles: {
          supplier: ['company:rheinmetall'],
          recipient: st('DEU', 'unit:bundeswehr', '~armed forces|Bundeswehr'),
        },
        stage: ['agreement'],
        modality: reported,
      },
    ],
  },
  {
    id: 'P43',
    region: 'europe',
    category: 'transfer:conditional',
    text: "STOCKHOLM (AFP) — Sweden could send JAS 39 Gripen fighter jets to Ukraine once Kyiv's pilots have been trained on U.S.-made F-16s, Defence Minister Pål Jonson said on Wednesday. Any transfer would depend on talks with allies and on Sweden's own air defence needs, he told public broadcaster SVT. Ukraine has long asked for the Saab-made jets.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('SWE', 'company:saab'), recipient: st('UKR') },
        modality: ['conditional', 'intended'],
      },
    ],
  },
  {
    id: 'P44',
    region: 'europe',
    category: 'attack',
    text: 'KYIV, Ukraine (AP) — Russia launched one of its largest missile and drone attacks of the war overnight, targeting power plants and gas facilities across Ukraine, Ukrainian officials said Saturday. The air force said it shot down 39 of 60 Shahed drones and 21 of 34 missiles. Energy company DTEK said five of its thermal power plants were damaged.',
    expect: [{ type: 'attack', roles: { actor: st('RUS') }, modality: reported }],
  },
  {
    id: 'P45',
    region: 'europe',
    category: 'transfer:payment',
    text: 'PRAGUE (Reuters) — The Netherlands has transferred 250 million euros to a Czech-led initiative that buys artillery ammunition from countries outside the European Union for Ukraine, the Czech defence ministry said on Tuesday. The money will pay for tens of thousands of 155mm shells, the first of which arrived in Ukraine in June, it said. Czech officials have declined to name the countries supplying the shells.',
    expect: [
      { type: 'arms_transfer', roles: { recipient: st('UKR') }, stage: ['payment'], modality: reported },
      { type: 'arms_transfer', roles: { recipient: st('UKR') }, stage: ['delivery'], modality: reported },
    ],
  },
  {
    id: 'P46',
    region: 'europe',
    category: 'transfer:cancellation',
    text: "BERN, Switzerland (Reuters) — Switzerland has again blocked Germany from re-exporting Swiss-made ammunition for Gepard anti-aircraft tanks to Ukraine, citing the country's neutrality rules, the Swiss economy ministry said. Berlin had asked for permission to send around 12,000 rounds to Kyiv. Swiss law bans the export of weapons to countries involved in international armed conflicts.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: [...st('DEU'), ...st('CHE')], recipient: st('UKR') },
        stage: ['cancellation'],
        modality: reported,
      },
      { type: 'arms_transfer', roles: { recipient: st('UKR') }, stage: ['negotiation'], optional: true },
    ],
  },
  {
    id: 'P47',
    region: 'europe',
    category: 'sanction:lifting',
    text: "WASHINGTON (AP) — The United States has lifted a ban on providing weapons and training to Ukraine's Azov Brigade, a unit that Russia has long portrayed as neo-Nazi, the State Department said Monday. A review found no evidence of gross human rights violations by the unit, the department said. The brigade, which was formed in 2014, rose to prominence during the defence of Mariupol.",
    expect: [
      {
        type: 'sanction',
        roles: { actor: st('USA', '~State Department'), target: ['unit:azov', '~Azov', 'group:azov'] },
        stage: ['lifting'],
        modality: reported,
      },
    ],
  },
  {
    id: 'P48',
    region: 'europe',
    category: 'transfer:interdiction',
    text: 'ROME (Reuters) — Italian police have arrested a businessman accused of brokering the sale of Chinese-made military drones to Libya in violation of a U.N. arms embargo, prosecutors in Naples said on Friday. The drones, disguised as wind turbine parts, were seized in the port of Gioia Tauro in July before they could be shipped to Benghazi. The suspect, whose name was not released, denies wrongdoing.',
    expect: [
      {
        type: 'arms_transfer',
        roles: { recipient: st('LBY', 'place:benghazi') },
        stage: ['interdiction'],
        modality: ['alleged', 'reported'],
      },
    ],
  },
  {
    id: 'P49',
    region: 'global',
    category: 'transfer:delivery',
    title: "India remains world's top arms importer — SIPRI",
    text: "STOCKHOLM, 11 March 2024 — India was the world's largest arms importer in 2019–23, according to new data on international arms transfers published today by the Stockholm International Peace Research Institute (SIPRI). Russia remained India's main arms supplier, accounting for 36 per cent of its arms imports, although this was the first five-year period since 1960–64 in which deliveries from Russia made up less than half of the total. Pakistan, for its part, received 82 per cent of its imports from China.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('RUS'), recipient: st('IND') },
        stage: ['delivery'],
        modality: ['reported', 'asserted'],
      },
      {
        type: 'arms_transfer',
        roles: { supplier: st('CHN'), recipient: st('PAK') },
        stage: ['delivery'],
        modality: ['reported', 'asserted'],
      },
    ],
  },
  {
    id: 'P50',
    region: 'africa',
    category: 'transfer:delivery',
    text: 'Janes understands that Algeria has taken delivery of its first Sukhoi Su-57E fifth-generation fighters from Russia, making it the first export customer for the type. Satellite imagery reviewed by Janes shows at least two of the aircraft at Oum El Bouaghi Air Base in February. Neither Algiers nor Moscow has officially confirmed the transfer.',
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('RUS', 'company:sukhoi'), recipient: st('DZA') },
        stage: ['delivery'],
        modality: ['alleged', 'reported'],
      },
    ],
  },
  {
    id: 'P51',
    region: 'europe',
    category: 'transfer:denied',
    text: "BELGRADE, Serbia (AP) — Serbian President Aleksandar Vucic on Thursday denied that his country was selling weapons to Ukraine, after a media report said Serbian-made ammunition worth some $855 million had reached Kyiv through third countries. 'We do not sell ammunition to Ukraine or Russia,' Vucic told reporters, adding that Serbia could not control where its exports ended up. Belgrade has maintained close ties with Moscow while seeking to join the EU.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('SRB'), recipient: st('UKR') },
        modality: ['denied', 'reported', 'alleged'],
      },
      { type: 'ties', parties: [st('SRB'), st('RUS')], modality: asserted },
    ],
  },
  {
    id: 'P52',
    region: 'europe',
    category: 'transfer:negotiation',
    text: "WARSAW (Reuters) — Poland plans to buy 96 AH-64E Apache attack helicopters from the United States, Defence Minister Mariusz Blaszczak said on Thursday, as the NATO member on Russia's border rapidly expands its armed forces. Warsaw has sent a letter of request to Washington and hopes to sign a contract this year, he said. The U.S. State Department approved the potential sale in August, estimating it at up to $12 billion.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('USA'), recipient: st('POL') },
        stage: ['negotiation'],
        modality: ['intended', 'reported'],
      },
      {
        type: 'arms_transfer',
        roles: { supplier: st('USA', '~State Department'), recipient: st('POL') },
        stage: ['agreement'],
      },
    ],
    forbid: ['attack'],
  },
  {
    id: 'P53',
    region: 'europe',
    category: 'transfer:delivery',
    text: "WASHINGTON (AP) — The United States secretly shipped long-range ATACMS missiles to Ukraine in recent weeks, and Ukrainian forces have already used them to strike a Russian airfield in Crimea, U.S. officials said Wednesday. The Pentagon confirmed the delivery, saying the missiles had been sent as part of a $300 million aid package approved in March. Russia's foreign ministry warned that Washington was 'playing with fire'.",
    expect: [
      {
        type: 'arms_transfer',
        roles: {
          supplier: st('USA'),
          recipient: st('UKR', 'unit:ukrainian-armed-forces', '~Ukrainian forces'),
        },
        stage: ['delivery'],
        modality: ['confirmed', 'reported'],
      },
      {
        type: 'attack',
        roles: { actor: st('UKR', 'unit:ukrainian-armed-forces', '~Ukrainian forces') },
        modality: reported,
      },
    ],
  },
  {
    id: 'P54',
    region: 'africa',
    category: 'ties',
    text: "NAIROBI, Kenya (Reuters) — Somalia's al-Shabaab militants have forged links with Yemen's Houthi rebels and discussed obtaining weapons from them, according to a confidential report by United Nations sanctions monitors seen by Reuters. The monitors said they had identified meetings between representatives of the two groups in Somalia in July and September. A Houthi spokesman did not respond to a request for comment.",
    expect: [
      { type: 'ties', parties: [['group:al-shabaab'], ['group:houthis']], modality: reportedOrAlleged },
      {
        type: 'arms_transfer',
        roles: { supplier: ['group:houthis'], recipient: ['group:al-shabaab'] },
        stage: ['negotiation'],
        modality: ['reported', 'alleged', 'intended'],
      },
    ],
    forbid: ['sanction'],
  },
  {
    id: 'P55',
    region: 'africa',
    category: 'attack',
    text: "OUAGADOUGOU, Burkina Faso (AFP) — Jihadists linked to al Qaeda killed dozens of soldiers and civilian volunteers in an attack on a military outpost in the northern town of Barsalogho on Saturday, security sources told AFP. The al Qaeda affiliate JNIM claimed the assault in a statement. Burkina Faso's junta has struggled to contain an insurgency that has spread from neighbouring Mali since 2015.",
    expect: [
      {
        type: 'attack',
        roles: { actor: ['group:jnim', '~jihadist|JNIM'], where: ['place:barsalogho'] },
        modality: reported,
      },
      { type: 'ties', parties: [['group:jnim'], ['group:al-qaeda']], optional: true },
    ],
  },
  {
    id: 'P56',
    region: 'africa',
    category: 'attack',
    text: "PORT SUDAN (Reuters) — Sudan's Rapid Support Forces shelled the Zamzam displacement camp near El Fasher in North Darfur on Monday, killing at least eight people, medical charity Médecins Sans Frontières said. The RSF has besieged El Fasher, the army's last stronghold in Darfur, since May. The paramilitary group denied targeting civilians.",
    expect: [
      {
        type: 'attack',
        roles: {
          actor: ['group:rsf', 'group:rapid-support-forces'],
          where: [
            'place:zamzam-camp',
            'place:zamzam',
            'place:el-fasher',
            'place:north-darfur',
            'place:darfur',
          ],
        },
        modality: reportedOrAlleged,
      },
    ],
  },
  {
    id: 'P57',
    region: 'latam',
    category: 'transfer:negotiation',
    text: "LIMA, Peru (Reuters) — Peru's army is negotiating with South Korea's Hyundai Rotem for the purchase of K2 Black Panther tanks and wheeled armoured vehicles, the Peruvian defence ministry said in a statement on Friday. A framework agreement for local production could be signed later this year, the ministry said, without giving figures. Peru has also considered offers from Chinese and European manufacturers.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: ['company:hyundai-rotem', ...st('KOR')], recipient: st('PER', '~army') },
        stage: ['negotiation'],
        modality: ['reported', 'intended'],
      },
    ],
  },
  {
    id: 'P58',
    region: 'asia',
    category: 'transfer:delivery',
    text: "MANILA (Reuters) — The Philippines has received the first batch of BrahMos supersonic cruise missile systems from India under a $375 million deal signed in 2022, the Philippine military said on Friday. An Indian Air Force C-17 transport plane carrying the equipment landed at Clark Air Base, north of Manila. The missiles will be deployed by the marines along the country's coastline facing the South China Sea.",
    expect: [
      {
        type: 'arms_transfer',
        roles: { supplier: st('IND'), recipient: st('PHL') },
        stage: ['delivery'],
        modality: reported,
      },
      {
        type: 'arms_transfer',
        roles: { supplier: st('IND'), recipient: st('PHL') },
        stage: ['agreement'],
        optional: true,
      },
    ],
  },
  {
    id: 'P59',
    region: 'europe',
    category: 'attack',
    text: "MOSCOW (Reuters) — Ukrainian drones struck an oil refinery in Russia's southern Krasnodar region overnight, sparking a fire that was later extinguished, regional officials said on Saturday. A source in Ukraine's SBU security service told Reuters the agency was behind the attack, part of a campaign to hit Russia's energy infrastructure. Russia's defence ministry said it had destroyed 12 drones over the region.",
    expect: [
      {
        type: 'attack',
        roles: {
          actor: st('UKR', 'gov:sbu', 'unit:sbu', 'unit:ukrainian-armed-forces', '~SBU|Ukrainian'),
          where: ['place:krasnodar', 'place:krasnodar-krai', ...st('RUS')],
        },
        modality: ['reported', 'alleged'],
      },
    ],
  },
  {
    id: 'P60',
    region: 'mideast',
    category: 'sanction:imposition',
    text: "WASHINGTON (Reuters) — The United States on Friday imposed sanctions on Kataib Hezbollah's financial network, blacklisting two Iraqi companies and a senior commander of the Iran-backed militia, the Treasury Department said. The group has been blamed for a drone attack on a U.S. base in Jordan in January that killed three American soldiers. Kataib Hezbollah said it had suspended military operations against U.S. forces.",
    expect: [
      {
        type: 'sanction',
        roles: { actor: st('USA', '~Treasury'), target: ['group:kataib-hezbollah', '~Kata[ei]b Hezbollah'] },
        stage: ['imposition'],
        modality: ['reported', 'asserted'],
      },
      {
        type: 'attack',
        roles: { actor: ['group:kataib-hezbollah'] },
        modality: ['alleged', 'reported'],
      },
    ],
  },
];

const NEGATIVES: Case[] = [
  {
    id: 'N01',
    region: 'africa',
    category: 'neg:civil-trade',
    text: "NAIROBI (Reuters) — Kenya's exports of tea to Pakistan rose 12% in the first quarter, making Pakistan the biggest buyer of Kenyan tea, the Tea Board of Kenya said on Monday. Shipments to Egypt and Britain fell. Kenya and Pakistan signed a trade pact last year to cut tariffs on tea, rice and pharmaceuticals.",
    forbid: ['arms_transfer', 'sanction'],
  },
  {
    id: 'N02',
    region: 'global',
    category: 'neg:arms-control',
    text: "GENEVA (AFP) — States parties to the Arms Trade Treaty opened their annual conference in Geneva on Monday, with delegates urging tighter controls on the diversion of small arms and light weapons to armed groups in the Sahel. 'Illicit flows of weapons continue to fuel conflict,' the conference president said. The treaty, which entered into force in 2014, regulates the international trade in conventional arms.",
    forbid: ['arms_transfer', 'sanction'],
  },
  {
    id: 'N03',
    region: 'asia',
    category: 'neg:test',
    text: "SEOUL (Reuters) — North Korea fired a ballistic missile off its east coast on Wednesday, South Korea's military said, the latest in a series of weapons tests this year. The missile flew about 600 km before landing in the sea outside Japan's exclusive economic zone, Japan's defence ministry said. Pyongyang has said it is developing its arsenal to counter 'hostile' U.S. policies.",
    forbid: ['attack', 'arms_transfer'],
  },
  {
    id: 'N04',
    region: 'asia',
    category: 'neg:exercise',
    text: "TAIPEI (Reuters) — China launched large-scale military drills around Taiwan on Thursday, with warships and fighter jets practising 'joint precision strikes' on key targets, three days after the inauguration of President Lai Ching-te. Taiwan's defence ministry condemned the 'irrational provocation' and said it had dispatched forces to monitor the exercises. The drills, called Strait Joint-2024A, are due to last two days.",
    forbid: ['attack'],
  },
  {
    id: 'N05',
    region: 'mideast',
    category: 'neg:threat',
    text: "TEHRAN (AP) — Iran's supreme leader warned on Wednesday that Israel would face a 'harsh response' if it attacked Iranian territory, and the Revolutionary Guard said its missiles were ready to strike. Israel's defence minister said the country would respond forcefully to any aggression. Analysts said both sides appeared keen to avoid an all-out war.",
    forbid: ['attack'],
  },
  {
    id: 'N06',
    region: 'africa',
    category: 'neg:anniversary',
    text: "KIGALI, Rwanda (AP) — Rwanda began a week of commemorations on Sunday to mark 30 years since the 1994 genocide, with President Paul Kagame lighting a flame of remembrance at the Kigali Genocide Memorial. Foreign dignitaries including former U.S. President Bill Clinton attended the ceremony. Survivors' groups said more needed to be done to bring remaining fugitives to justice.",
    forbid: ['attack', 'ties'],
  },
  {
    id: 'N07',
    region: 'europe',
    category: 'neg:opinion',
    title: 'OPINION: Europe must finally take its defence into its own hands',
    text: 'Europe can no longer rely on America for its security. For too long, European governments have treated defence as an afterthought, buying off-the-shelf weapons from abroad rather than investing in their own industries. If the continent wants to be taken seriously, it must spend more, buy European and stop waiting for Washington to act. The next Commission should make this its first priority.',
    forbid: ['arms_transfer'],
  },
  {
    id: 'N08',
    region: 'europe',
    category: 'neg:sports',
    text: "MANCHESTER, England (AP) — Erling Haaland fired a rocket into the top corner and Phil Foden added a second as Manchester City launched a blistering attack on the title race with a 2-0 win over Arsenal on Sunday. Arsenal's defence was shelled in the second half, manager Mikel Arteta admitted. City's bombardment of the visitors' goal continued until the final whistle.",
    forbid: ['attack', 'arms_transfer'],
  },
  {
    id: 'N09',
    region: 'asia',
    category: 'neg:business-metaphor',
    text: "SHANGHAI (Reuters) — Chinese electric-vehicle maker BYD launched a fresh assault on Tesla's European market share on Tuesday, slashing prices on its flagship models by up to 15%. Analysts described the move as 'firing the first shot' in a new price war, and Tesla's shares bombed in pre-market trading. BYD has targeted Germany and Britain with an aggressive marketing campaign.",
    forbid: ['attack'],
  },
  {
    id: 'N10',
    region: 'africa',
    category: 'neg:medical',
    text: 'NAIROBI (Reuters) — Former Kenyan defence minister Yusuf Haji died of a heart attack at a Nairobi hospital on Saturday, his family said. He was 84. Haji, who served in the cabinets of two presidents, had suffered a severe asthma attack earlier this year and had been in poor health since.',
    forbid: ['attack'],
  },
  {
    id: 'N11',
    region: 'latam',
    category: 'neg:drug-seizure',
    text: 'BOGOTA (Reuters) — Colombian police seized 8 tonnes of cocaine belonging to the Gulf Clan at banana plantations near the port of Turbo, the largest haul this year, Defence Minister Ivan Velasquez said on Wednesday. The drugs, hidden in banana crates bound for Belgium, had an estimated street value of $300 million. Four people were arrested.',
    forbid: ['arms_seizure', 'arms_transfer'],
  },
  {
    id: 'N12',
    region: 'africa',
    category: 'neg:humanitarian',
    text: "ADRE, Chad (AP) — A convoy of 40 trucks carrying food, medicine and shelter materials crossed from Chad into Sudan's West Darfur on Tuesday, the World Food Programme said, the first aid delivery through the Adre crossing in months. The U.N. agency warned that famine had taken hold in parts of Darfur. Sudan's army-backed government had closed the crossing in February, citing security concerns.",
    forbid: ['arms_transfer'],
  },
  {
    id: 'N13',
    region: 'africa',
    category: 'neg:election-ties',
    text: "DAKAR, Senegal (AFP) — The ruling coalition and the main opposition alliance tied with 41 seats each in Sunday's legislative election, according to provisional results, leaving neither with a majority in the 165-seat National Assembly. Smaller parties are expected to play kingmaker. Turnout was 49 percent, the electoral commission said.",
    forbid: ['ties'],
  },
  {
    id: 'N14',
    region: 'europe',
    category: 'neg:money-aid',
    text: "WASHINGTON (Reuters) — The World Bank approved a $1.5 billion loan to Ukraine on Friday to help pay pensions and the salaries of teachers and civil servants, as the war-torn country's budget deficit widens. The funding is backed by guarantees from Japan and Britain. The bank has mobilised more than $40 billion for Ukraine since Russia's invasion in February 2022.",
    forbid: ['arms_transfer'],
  },
  {
    id: 'N15',
    region: 'africa',
    category: 'neg:non-arms-procurement',
    text: "NAIROBI (Reuters) — Kenya's defence ministry awarded a 2.4 billion shilling contract to a local textile firm to supply uniforms, boots and tents to the Kenya Defence Forces, according to tender documents seen by Reuters. A separate contract for fuel and food rations went to a Mombasa-based supplier. Lawmakers have questioned the tendering process.",
    forbid: ['arms_transfer'],
  },
  {
    id: 'N16',
    region: 'africa',
    category: 'neg:civil-aircraft',
    text: "ADDIS ABABA, Ethiopia (Reuters) — Ethiopian Airlines signed a deal with Boeing for up to 31 aircraft, including 787 Dreamliners and 737 MAX jets, the carrier said on Monday, as Africa's largest airline expands its fleet. The order, worth about $7 billion at list prices, was signed at the Dubai Airshow. Deliveries are scheduled to start in 2025.",
    forbid: ['arms_transfer'],
  },
  {
    id: 'N17',
    region: 'europe',
    category: 'neg:verbal-attack',
    text: "LONDON (Reuters) — Opposition Labour leader Keir Starmer attacked the government's defence budget as 'woefully inadequate' on Wednesday, accusing ministers of leaving the armed forces unable to fight a major war. Prime Minister Rishi Sunak hit back, saying spending would rise to 2.5% of GDP by 2030. The exchange came during a heated session of parliament.",
    forbid: ['attack'],
  },
  {
    id: 'N18',
    region: 'asia',
    category: 'neg:test',
    text: "NEW DELHI (AP) — India successfully test-fired an Agni-V intercontinental ballistic missile capable of carrying multiple nuclear warheads, Prime Minister Narendra Modi said Monday, hailing the achievement of the country's scientists. The missile was launched from an island off the coast of Odisha state. Pakistan, India's nuclear-armed rival, conducted its own test of an Ababeel missile last year.",
    forbid: ['attack', 'arms_transfer'],
  },
  {
    id: 'N19',
    region: 'latam',
    category: 'neg:sports-sanction',
    text: "ZURICH (AP) — FIFA sanctioned the Mexican football federation on Thursday over homophobic chants by fans, ordering it to play two home matches behind closed doors and fining it 100,000 Swiss francs. The federation said it would appeal. The chant has been a recurring problem at Mexico's games for more than a decade.",
    forbid: ['sanction'],
  },
  {
    id: 'N20',
    region: 'asia',
    category: 'neg:drug-seizure',
    text: "YANGON (Reuters) — Myanmar police seized 1.2 tonnes of crystal methamphetamine and 20 million yaba tablets in Shan state, near the border with Thailand and Laos, state media reported on Tuesday. The U.N. Office on Drugs and Crime says the Golden Triangle region is the world's largest source of methamphetamine. Several suspects were detained.",
    forbid: ['arms_seizure', 'arms_transfer'],
  },
  {
    id: 'N21',
    region: 'europe',
    category: 'neg:arms-control',
    text: "MOSCOW (Reuters) — Russia's parliament voted on Wednesday to suspend the country's participation in the New START nuclear arms control treaty with the United States, the last remaining pact limiting the two sides' strategic arsenals. The Kremlin said Russia would continue to respect the treaty's caps on warheads. Washington called the move 'deeply unfortunate'.",
    forbid: ['arms_transfer', 'sanction'],
  },
  {
    id: 'N22',
    region: 'mideast',
    category: 'neg:expo',
    text: 'ABU DHABI (AFP) — Thousands of visitors crowded the halls of the IDEX defence exhibition in Abu Dhabi on Monday, where more than 1,300 companies from 65 countries showcased drones, armoured vehicles and air defence systems. Chinese and Turkish firms had among the largest pavilions. Organisers expect record attendance this year.',
    forbid: ['arms_transfer'],
  },
  {
    id: 'N23',
    region: 'latam',
    category: 'neg:peace-talks',
    text: "CARACAS, Venezuela (AP) — Colombia's government and the National Liberation Army (ELN) rebel group resumed peace talks in Caracas on Monday, with both sides pledging to extend a bilateral ceasefire that has largely held since August. Venezuela, Cuba and Norway are acting as guarantors of the negotiations. Delegates said the next round would focus on the participation of civil society.",
    forbid: ['arms_transfer', 'attack'],
  },
  {
    id: 'N24',
    region: 'asia',
    category: 'neg:parade',
    text: 'PYONGYANG (AP) — North Korea showcased its largest intercontinental ballistic missiles and new attack drones at a military parade in Pyongyang marking the 75th anniversary of the founding of its army, state media reported. Leader Kim Jong Un watched from a balcony alongside his daughter. Analysts said the parade was intended as a message to Washington and Seoul.',
    forbid: ['attack', 'arms_transfer'],
  },
  {
    id: 'N25',
    region: 'africa',
    category: 'neg:weather',
    text: 'MAPUTO, Mozambique (Reuters) — Cyclone Freddy struck central Mozambique for a second time on Saturday, flattening homes and knocking out power in the port city of Quelimane, authorities said. The storm, which battered Madagascar earlier in the week, has killed at least 20 people. Aid agencies warned of cholera outbreaks.',
    forbid: ['attack'],
  },
  {
    id: 'N26',
    region: 'latam',
    category: 'neg:deployment',
    text: "NAIROBI, Kenya (AP) — The first contingent of 400 Kenyan police officers landed in Haiti's capital on Tuesday to lead a U.N.-backed multinational mission to restore security, after months of delays caused by legal challenges in Kenya. The deployment is funded mainly by the United States. Haitians gave the officers a mixed reception.",
    forbid: ['arms_transfer', 'attack'],
  },
  {
    id: 'N27',
    region: 'europe',
    category: 'neg:business',
    text: 'FRANKFURT (Reuters) — Shares in Rheinmetall rose 5% on Thursday after the German arms maker reported a 36% jump in quarterly sales and raised its full-year outlook, citing strong demand for ammunition across Europe. Chief Executive Armin Papperger said the company expected to double its shell production capacity by 2025. Analysts at Jefferies raised their price target to 600 euros.',
    forbid: ['arms_transfer'],
  },
  {
    id: 'N28',
    region: 'africa',
    category: 'neg:non-violent-attack',
    text: 'ADDIS ABABA (AFP) — Swarms of desert locusts attacked crops across eastern Ethiopia and northern Somalia this week, the Food and Agriculture Organization said, threatening the food supply of millions. The FAO said it had deployed aircraft to spray pesticides over the worst-hit areas. Farmers said the insects had stripped entire fields within hours.',
    forbid: ['attack', 'arms_transfer'],
  },
  {
    id: 'N29',
    region: 'latam',
    category: 'neg:domestic-law',
    text: 'WASHINGTON (AP) — The U.S. Supreme Court on Friday upheld a federal law that bars people under domestic violence restraining orders from owning guns, ruling 8-1 that the ban is consistent with the Second Amendment. Gun-control groups welcomed the decision. The case concerned a Texas man accused of firing a gun in public.',
    forbid: ['sanction', 'arms_transfer', 'arms_seizure'],
  },
];

// --- running and matching -------------------------------------------------------------------------------
const pipeline = createMentionPipeline();

function extract(c: Case): Extraction {
  const article = articleOf(c.text, c.title ?? '', '2024-05-02', `held3-${c.id}`);

  return extractArticle(pipeline, article);
}

type AnyClaim = Extraction['claims'][number] & Record<string, unknown>;

function idMatches(id: string, accept: Accept, names: Map<string, string>): boolean {
  return accept.some((a) => {
    if (a.startsWith('~'))
      return id.startsWith('anon:') && new RegExp(a.slice(1), 'i').test(names.get(id) ?? '');
    return a === id;
  });
}

function roleValues(claim: AnyClaim, role: string): string[] {
  const v = claim[role];
  if (v == null) return [];
  return Array.isArray(v) ? (v as string[]) : [v as string];
}

function matches(claim: AnyClaim, e: Expectation, names: Map<string, string>): boolean {
  if (claim.type !== e.type) return false;
  if (e.stage && !e.stage.includes(claim.stage ?? 'null')) return false;
  if (e.modality && !e.modality.includes(claim.modality)) return false;
  for (const [role, accept] of Object.entries(e.roles ?? {})) {
    if (!roleValues(claim, role).some((id) => idMatches(id, accept as Accept, names))) return false;
  }
  for (const side of e.parties ?? []) {
    if (!roleValues(claim, 'parties').some((id) => idMatches(id, side, names))) return false;
  }
  return true;
}

/** Why the nearest claim of the expected type misses: the fields that differ (or 'no <type> claim'). */
function diagnose(claims: AnyClaim[], e: Expectation, names: Map<string, string>): string {
  const sameType = claims.filter((c) => c.type === e.type);
  if (sameType.length === 0) return `no ${e.type} claim`;
  const problems = sameType.map((claim) => {
    const out: string[] = [];
    if (e.stage && !e.stage.includes(claim.stage ?? 'null')) out.push(`stage ${claim.stage ?? 'null'}`);
    if (e.modality && !e.modality.includes(claim.modality)) out.push(`modality ${claim.modality}`);
    for (const [role, accept] of Object.entries(e.roles ?? {})) {
      const got = roleValues(claim, role);
      if (!got.some((id) => idMatches(id, accept as Accept, names)))
        out.push(`${role} ${got.length ? got.join('+') : 'missing'}`);
    }
    for (const side of e.parties ?? []) {
      if (!roleValues(claim, 'parties').some((id) => idMatches(id, side, names)))
        out.push(`party ${side[0]} missing`);
    }
    return out;
  });
  problems.sort((a, b) => a.length - b.length);
  return problems[0]?.join(', ') ?? '';
}

function describeClaim(c: AnyClaim): string {
  const roles = [
    'supplier',
    'recipient',
    'intermediaries',
    'end_users',
    'interdicted_by',
    'seizer',
    'actor',
    'target',
    'parties',
    'where',
  ]
    .filter((r) => roleValues(c, r).length > 0)
    .map((r) => `${r}=${roleValues(c, r).join('+')}`)
    .join(' ');
  return `${c.type}/${c.stage ?? '-'}/${c.modality} ${roles}`;
}

function describeExpectation(e: Expectation): string {
  const roles = Object.entries(e.roles ?? {}).map(([r, a]) => `${r}=${(a as Accept)[0]}`);
  if (e.parties) roles.push(`parties=${e.parties.map((p) => p[0]).join('+')}`);
  return `${e.type}/${e.stage?.join('|') ?? '*'}/${e.modality?.join('|') ?? '*'} ${roles.join(' ')}`;
}

interface Outcome {
  id: string;
  region: Region;
  category: string;
  positive: boolean;
  required: number;
  matched: number;
  optional: number;
  optionalMatched: number;
  forbiddenHits: number;
  /** Each required expectation: its type/stage key and whether a claim matched it. */
  claimResults: { key: string; hit: boolean }[];
  pass: boolean;
  line: string;
}
const outcomes: Outcome[] = [];

function check(c: Case, positive: boolean): void {
  const ex = extract(c);
  const names = new Map(ex.entities.map((e) => [e.id, e.name]));
  const claims = ex.claims as AnyClaim[];
  const misses: string[] = [];
  let required = 0;
  let matched = 0;
  let optional = 0;
  let optionalMatched = 0;
  const claimResults: { key: string; hit: boolean }[] = [];
  for (const entry of c.expect ?? []) {
    const alternatives = 'anyOf' in entry ? entry.anyOf : [entry];
    const isOptional = alternatives.every((a) => a.optional);
    const hit = alternatives.some((a) => claims.some((claim) => matches(claim, a, names)));
    if (isOptional) {
      optional++;
      if (hit) optionalMatched++;
      continue;
    }
    required++;
    claimResults.push({
      key: `${alternatives[0]?.type}${alternatives[0]?.stage ? `:${alternatives[0].stage[0]}` : ''}`,
      hit,
    });
    if (hit) matched++;
    else
      misses.push(
        `${alternatives.map(describeExpectation).join(' OR ')} [${alternatives.map((a) => diagnose(claims, a, names)).join(' | ')}]`,
      );
  }
  const forbidden = claims.filter((claim) => c.forbid?.includes(claim.type as ClaimType));
  const pass = misses.length === 0 && forbidden.length === 0;
  const got = claims.map(describeClaim).join(' ; ') || '(no claims)';
  const short = c.text.replace(/^[^—]{0,60}— /, '').slice(0, 60);
  const expected = [
    ...misses.map((m) => `want ${m}`),
    ...(forbidden.length ? [`no ${[...new Set(forbidden.map((f) => f.type))].join('/')}`] : []),
  ].join(' ; ');
  outcomes.push({
    id: c.id,
    region: c.region,
    category: c.category,
    positive,
    required,
    matched,
    optional,
    optionalMatched,
    forbiddenHits: forbidden.length,
    claimResults,
    pass,
    line: `${c.id} [${c.region}/${c.category}] "${short}…" → ${expected} → got ${got}`,
  });
  const entities = ex.entities.map((e) => `${e.id}(${e.name})`).join(', ');
  // Negatives are strict: any claim of a forbidden type fails. Positives are a measure with a floor below.
  if (!positive) expect(pass, `${c.id}: ${expected}\n  got: ${got}\n  entities: ${entities}`).toBe(true);
}

/**
 * Required claims of the positive cases that must keep matching: the count when this suite was adopted as a
 * measure (41 of 74 now; 28 when it was first run, held out). Raise it as the extractor improves; never lower.
 */
const POSITIVE_FLOOR = 41;

describe('held-out round 3 — positives', () => {
  it(`matches at least ${POSITIVE_FLOOR} of the required claims`, () => {
    for (const c of POSITIVES) check(c, true);
    const matched = outcomes.filter((o) => o.positive).reduce((n, o) => n + o.matched, 0);
    expect(matched).toBeGreaterThanOrEqual(POSITIVE_FLOOR);
  });
});

describe('held-out round 3 — negatives', () => {
  for (const c of NEGATIVES) it(`${c.id} ${c.region} ${c.category}`, () => check(c, false));
});

afterAll(() => {
  const pos = outcomes.filter((o) => o.positive);
  const neg = outcomes.filter((o) => !o.positive);
  const sum = (xs: Outcome[], f: (o: Outcome) => number) => xs.reduce((n, o) => n + f(o), 0);
  const lines = [
    '',
    `held-out round 3: ${outcomes.length} cases (${pos.length} positive, ${neg.length} negative)`,
    `  positives matched: ${sum(pos, (o) => o.matched)}/${sum(pos, (o) => o.required)} required claims; cases passing ${pos.filter((o) => o.pass).length}/${pos.length}; optional claims found ${sum(pos, (o) => o.optionalMatched)}/${sum(pos, (o) => o.optional)}`,
    `  negatives clean: ${neg.filter((o) => o.pass).length}/${neg.length}`,
  ];
  const table = (key: (o: Outcome) => string) => {
    const groups = new Map<string, Outcome[]>();
    for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, os]) => `    ${k.padEnd(28)} ${os.filter((o) => o.pass).length}/${os.length}`);
  };
  lines.push('  cases by category:', ...table((o) => (o.positive ? o.category : o.category)));
  lines.push(
    '  cases by region (positive / negative):',
    ...table((o) => `${o.region} ${o.positive ? 'pos' : 'neg'}`),
  );
  const byKey = new Map<string, { hit: number; all: number }>();
  for (const r of pos.flatMap((o) => o.claimResults)) {
    const k = byKey.get(r.key) ?? { hit: 0, all: 0 };
    k.all++;
    if (r.hit) k.hit++;
    byKey.set(r.key, k);
  }
  lines.push(
    '  required claims matched by type:stage:',
    ...[...byKey.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `    ${k.padEnd(28)} ${v.hit}/${v.all}`),
  );
  lines.push('  failing:', ...outcomes.filter((o) => !o.pass).map((o) => `    ${o.line}`));
  console.log(lines.join('\n'));
});
