import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.js';
import { createMentionPipeline } from '../../src/extract/configuration.js';
import { type Extraction, extractArticle } from '../../src/extract/extraction.js';
import { articleOf } from '../claim-helpers.js';

/*
 * Black-box table tests of the claim layer: short newswire-style articles written for these tests, run
 * through the real extractor, with expectations taken from the annotation guidelines
 * (../shared/gold/GUIDELINES.md) — type, the right entity in the right role, stage, modality, sources —
 * and hard negatives that must produce no claim of a type at all. Roles are compared by entity id, as the
 * default gazetteer spells them (state:RUS, group:houthis, company:lockheed-martin, …).
 */

type Claim = Extraction['claims'][number];
type ClaimType = Claim['type'];
type Stage = NonNullable<Claim['stage']>;
type Modality = Claim['modality'];
type SourceKind = Claim['sources'][number]['kind'];
type Role = 'supplier' | 'recipient' | 'actor' | 'target' | 'seizer' | 'interdicted_by' | 'where';
/** One id, or a list of acceptable ids (e.g. a capital or its state). */
type Ids = string | readonly string[];
type OneOrMore<T> = T | readonly T[];

interface Want {
  type: ClaimType;
  /** Each role named must hold one of the ids; roles not named are not checked. */
  roles?: Partial<Record<Role, Ids>>;
  /** ties: every id listed must be among the parties. */
  parties?: readonly string[];
  stage?: OneOrMore<Stage>;
  modality?: OneOrMore<Modality>;
  /** Some matching claim has a source of one of these kinds whose text matches. */
  source?: { kind?: OneOrMore<SourceKind>; text?: RegExp };
  /** Exactly this many claims match type + roles + stage. */
  count?: number;
  /** A matching claim has at least this many evidence spans (merged restatements). */
  evidence?: number;
  /** A matching claim has evidence in the headline. */
  titleEvidence?: boolean;
}

/** A claim that must not exist: every field named must match for the claim to count. */
interface Forbid {
  type: ClaimType;
  roles?: Partial<Record<Role, Ids>>;
  stage?: OneOrMore<Stage>;
}

type Category =
  | 'sales & supplies'
  | 'purchases'
  | 'nominalisations'
  | 'deals & contracts'
  | 'negotiation'
  | 'payment'
  | 'cancellation'
  | 'interdiction'
  | 'seizure'
  | 'attacks'
  | 'ties'
  | 'sanctions'
  | 'attribution & modality'
  | 'multi-sentence'
  | 'hard negatives';

interface Case {
  cat: Category;
  title?: string;
  text: string;
  want?: readonly Want[];
  /** No claim of these types at all; 'any': no claim whatsoever. */
  absent?: readonly ClaimType[] | 'any';
  forbid?: readonly Forbid[];
}

const SALE: readonly Stage[] = ['agreement', 'delivery'];
const TALKS: readonly Modality[] = ['asserted', 'intended'];

const CASES: readonly Case[] = [
  // ── Sales and supplies, active and passive ──────────────────────────────────────────────────────────
  {
    cat: 'sales & supplies',
    text: 'Russia sold S-400 air defence systems to India in 2018.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:IND' },
        stage: SALE,
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'sales & supplies',
    text: 'China supplied Pakistan with eight submarines last year.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:CHN', recipient: 'state:PAK' },
        stage: 'delivery',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'sales & supplies',
    text: 'Ukraine was supplied with Stinger missiles by the United States.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:USA', recipient: 'state:UKR' },
        stage: 'delivery',
        modality: 'asserted',
      },
    ],
    forbid: [{ type: 'arms_transfer', roles: { supplier: 'state:UKR' } }],
  },
  {
    cat: 'sales & supplies',
    text: 'The tanks were delivered to Morocco by the United States in March.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:USA', recipient: 'state:MAR' },
        stage: 'delivery',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'sales & supplies',
    text: 'Several Su-35 fighter jets were sold to Iran by Russia, the first of them arriving in Tehran.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:IRN' },
        stage: SALE,
      },
    ],
    forbid: [{ type: 'arms_transfer', roles: { supplier: 'state:IRN' } }],
  },
  {
    cat: 'sales & supplies',
    text: 'Egypt received Rafale fighter jets from France.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:FRA', recipient: 'state:EGY' },
        stage: 'delivery',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'sales & supplies',
    text: 'Iran provided Houthi rebels with ballistic missile components.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:IRN', recipient: 'group:houthis' },
        stage: 'delivery',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'sales & supplies',
    text: 'Germany will deliver four more IRIS-T systems to Ukraine this year.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:DEU', recipient: 'state:UKR' },
        stage: 'delivery',
        modality: 'intended',
      },
    ],
  },
  {
    // "Turkey" is how most English newswires still name the state.
    cat: 'sales & supplies',
    text: 'Turkey sold armed drones to Ethiopia.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:TUR', recipient: 'state:ETH' },
        stage: SALE,
      },
    ],
  },

  {
    // The same sentence with the gazetteer's own spelling, to tell a name gap from a grammar gap.
    cat: 'sales & supplies',
    text: 'Türkiye sold armed drones to Ethiopia.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:TUR', recipient: 'state:ETH' },
        stage: SALE,
      },
    ],
  },

  // ── Purchases ───────────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'purchases',
    text: 'India bought 36 Rafale jets from France.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:FRA', recipient: 'state:IND' },
        stage: SALE,
        modality: 'asserted',
      },
    ],
    forbid: [{ type: 'arms_transfer', roles: { supplier: 'state:IND' } }],
  },
  {
    cat: 'purchases',
    text: 'Poland ordered 250 Abrams tanks from the United States.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:USA', recipient: 'state:POL' },
        stage: 'agreement',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'purchases',
    text: 'Saudi Arabia purchased THAAD missile defence batteries from Lockheed Martin.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'company:lockheed-martin', recipient: 'state:SAU' },
        stage: SALE,
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'purchases',
    text: 'Qatar has acquired Eurofighter Typhoon jets from Britain.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:GBR', recipient: 'state:QAT' },
        stage: SALE,
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'purchases',
    text: 'Vietnam imported Kilo-class submarines from Russia.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:VNM' },
        stage: 'delivery',
        modality: 'asserted',
      },
    ],
  },

  // ── Nominalisations ─────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'nominalisations',
    text: 'The sale of F-16 fighter jets to Taiwan angered Beijing.',
    want: [{ type: 'arms_transfer', roles: { recipient: 'state:TWN' }, stage: SALE }],
    forbid: [
      { type: 'arms_transfer', roles: { recipient: 'place:beijing' } },
      { type: 'arms_transfer', roles: { supplier: 'place:beijing' } },
    ],
  },
  {
    cat: 'nominalisations',
    text: 'Iranian arms purchases from Russia drew criticism in Washington.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:IRN' },
        stage: SALE,
      },
    ],
    forbid: [{ type: 'arms_transfer', roles: { recipient: ['place:washington', 'state:USA'] } }],
  },
  {
    cat: 'nominalisations',
    text: 'U.S. arms sales to Saudi Arabia have come under scrutiny in Congress.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:USA', recipient: 'state:SAU' },
        stage: SALE,
      },
    ],
  },
  {
    cat: 'nominalisations',
    text: "France's delivery of Caesar howitzers to Ukraine was completed in June.",
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:FRA', recipient: 'state:UKR' },
        stage: 'delivery',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'nominalisations',
    text: "Russian weapons supplies to Myanmar's military continued despite the coup.",
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:MMR' },
        stage: 'delivery',
      },
    ],
  },

  // ── Deals and contracts ─────────────────────────────────────────────────────────────────────────────
  {
    cat: 'deals & contracts',
    text: 'Indonesia signed a $8.1 billion deal with France for 42 Rafale jets.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:FRA', recipient: 'state:IDN' },
        stage: 'agreement',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'deals & contracts',
    text: 'Lockheed Martin won a contract from the U.S. Air Force to build F-35 fighters.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'company:lockheed-martin', recipient: 'unit:us-air-force' },
        stage: 'agreement',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'deals & contracts',
    text: 'The U.S. Navy awarded Raytheon a $600 million contract for Standard missiles.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'company:rtx', recipient: 'unit:us-navy' },
        stage: 'agreement',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'deals & contracts',
    text: 'Egypt and Russia signed a contract for the supply of Su-35 fighter jets.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:EGY' },
        stage: 'agreement',
      },
    ],
  },
  {
    cat: 'deals & contracts',
    text: 'The State Department approved the sale of AMRAAM missiles to Greece.',
    // The department approves, it does not supply: the text names no supplier, so only the recipient is
    // required (GUIDELINES: annotate what the text says).
    want: [
      { type: 'arms_transfer', roles: { recipient: 'state:GRC' }, stage: 'agreement', modality: 'asserted' },
    ],
    forbid: [{ type: 'arms_transfer', roles: { supplier: 'state:GRC' } }],
  },
  {
    cat: 'deals & contracts',
    text: 'BAE Systems secured an order from Australia for nine frigates.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'company:bae-systems', recipient: 'state:AUS' },
        stage: 'agreement',
        modality: 'asserted',
      },
    ],
  },

  // ── Negotiation ─────────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'negotiation',
    text: 'Saudi Arabia is in talks with China to buy armed drones.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:CHN', recipient: 'state:SAU' },
        stage: 'negotiation',
        modality: TALKS,
      },
    ],
  },
  {
    cat: 'negotiation',
    text: 'Argentina is seeking to acquire JF-17 fighters from Pakistan.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:PAK', recipient: 'state:ARG' },
        stage: 'negotiation',
        modality: TALKS,
      },
    ],
  },
  {
    cat: 'negotiation',
    text: 'Russia offered to sell Su-57 jets to India.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:IND' },
        stage: 'negotiation',
        modality: TALKS,
      },
    ],
  },
  {
    cat: 'negotiation',
    text: 'Brazil is considering buying Italian helicopters.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:ITA', recipient: 'state:BRA' },
        stage: 'negotiation',
        modality: 'intended',
      },
    ],
  },
  {
    cat: 'negotiation',
    text: 'Indian and Armenian officials held talks on a possible sale of Pinaka rocket launchers to Yerevan.',
    want: [
      {
        type: 'arms_transfer',
        roles: { recipient: ['state:ARM', 'place:yerevan'] },
        stage: 'negotiation',
      },
    ],
  },

  // ── Payment ─────────────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'payment',
    text: 'Algeria paid Russia $1.5 billion for the Su-30 fighters.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:DZA' },
        stage: 'payment',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'payment',
    text: 'Iraq made a first payment of $500 million for the F-16 jets it ordered from the United States.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:USA', recipient: 'state:IRQ' },
        stage: 'payment',
        modality: 'asserted',
      },
    ],
  },

  // ── Cancellation ────────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'cancellation',
    text: 'Germany halted arms exports to Saudi Arabia after the killing of Jamal Khashoggi.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:DEU', recipient: 'state:SAU' },
        stage: 'cancellation',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'cancellation',
    text: 'Poland cancelled an order for Caracal helicopters from Airbus.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'company:airbus', recipient: 'state:POL' },
        stage: 'cancellation',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'cancellation',
    text: 'Washington suspended the delivery of F-16 jets to Pakistan.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: ['state:USA', 'place:washington'], recipient: 'state:PAK' },
        stage: 'cancellation',
        modality: 'asserted',
      },
    ],
    // A suspended delivery is not a delivery.
    forbid: [{ type: 'arms_transfer', stage: 'delivery' }],
  },
  {
    cat: 'cancellation',
    text: 'Britain blocked the export of naval guns to Argentina.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:GBR', recipient: 'state:ARG' },
        stage: 'cancellation',
        modality: 'asserted',
      },
    ],
  },

  // ── Interdiction ────────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'interdiction',
    text: 'Customs officers in Greece seized a shipment of rifles bound for Libya.',
    want: [{ type: 'arms_transfer', roles: { recipient: 'state:LBY' }, stage: 'interdiction' }],
    // A transfer is described, so this is no arms_seizure; Greece is where, not the recipient.
    absent: ['arms_seizure'],
    forbid: [{ type: 'arms_transfer', roles: { recipient: 'state:GRC' } }],
  },
  {
    cat: 'interdiction',
    text: "The U.S. Navy intercepted a ship carrying Iranian weapons destined for Yemen's Houthi rebels.",
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:IRN', recipient: 'group:houthis', interdicted_by: 'unit:us-navy' },
        stage: 'interdiction',
        modality: 'asserted',
      },
    ],
    absent: ['arms_seizure'],
  },
  {
    cat: 'interdiction',
    text: 'Police in Italy arrested three men accused of smuggling weapons to the Islamic State.',
    want: [
      {
        type: 'arms_transfer',
        roles: { recipient: 'group:islamic-state' },
        stage: 'interdiction',
        modality: 'alleged',
      },
    ],
  },
  {
    cat: 'interdiction',
    text: 'Colombian authorities intercepted a speedboat carrying grenades destined for the FARC.',
    want: [
      {
        type: 'arms_transfer',
        roles: { recipient: 'group:farc' },
        stage: 'interdiction',
        modality: 'asserted',
      },
    ],
    absent: ['arms_seizure'],
  },

  // ── Seizures (no transfer described) ────────────────────────────────────────────────────────────────
  {
    cat: 'seizure',
    text: 'Israeli troops found a weapons cache in a tunnel in Gaza.',
    want: [{ type: 'arms_seizure', roles: { seizer: 'state:ISR', where: 'place:gaza-strip' } }],
    absent: ['arms_transfer'],
  },
  {
    cat: 'seizure',
    text: 'Iraqi security forces seized rockets and explosives during a raid in Anbar province.',
    want: [{ type: 'arms_seizure', roles: { seizer: 'state:IRQ', where: 'place:anbar' } }],
    absent: ['arms_transfer'],
  },
  {
    cat: 'seizure',
    text: 'Police discovered a cache of AK-47 rifles and ammunition in a farmhouse near Belfast.',
    want: [{ type: 'arms_seizure', roles: { seizer: 'gov:police', where: 'place:belfast' } }],
    absent: ['arms_transfer'],
  },
  {
    cat: 'seizure',
    text: 'Afghan forces confiscated a large stockpile of Taliban weapons in Kandahar.',
    want: [{ type: 'arms_seizure', roles: { seizer: 'state:AFG', where: 'place:kandahar' } }],
    absent: ['arms_transfer'],
    forbid: [{ type: 'arms_seizure', roles: { seizer: 'group:taliban' } }],
  },

  // ── Attacks ─────────────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'attacks',
    text: 'Russia fired cruise missiles at Kyiv overnight.',
    want: [
      {
        type: 'attack',
        roles: { actor: 'state:RUS', target: ['place:kyiv', 'state:UKR'] },
        modality: 'asserted',
      },
    ],
    absent: ['arms_transfer'],
  },
  {
    cat: 'attacks',
    text: 'An oil tanker was hit by a missile fired by Houthi rebels in the Red Sea.',
    want: [{ type: 'attack', roles: { actor: 'group:houthis' }, modality: 'asserted' }],
    forbid: [{ type: 'attack', roles: { target: 'group:houthis' } }],
  },
  {
    cat: 'attacks',
    text: "Israel's strikes on Lebanon killed dozens of people.",
    want: [{ type: 'attack', roles: { actor: 'state:ISR', target: 'state:LBN' }, modality: 'asserted' }],
  },
  {
    cat: 'attacks',
    text: 'A Houthi drone attack on a tanker in the Gulf of Aden caused a fire.',
    want: [{ type: 'attack', roles: { actor: 'group:houthis' }, modality: 'asserted' }],
    absent: ['arms_transfer'],
  },
  {
    cat: 'attacks',
    text: 'Hamas launched rockets at Tel Aviv.',
    want: [
      {
        type: 'attack',
        roles: { actor: 'group:hamas', target: ['place:tel-aviv', 'state:ISR'] },
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'attacks',
    text: "Ukrainian drones attacked an oil refinery in Russia's Krasnodar region.",
    want: [{ type: 'attack', roles: { actor: 'state:UKR' }, modality: 'asserted' }],
    forbid: [{ type: 'attack', roles: { actor: 'state:RUS' } }],
  },
  {
    cat: 'attacks',
    text: 'Pakistan carried out air strikes against militant hideouts in Afghanistan.',
    want: [{ type: 'attack', roles: { actor: 'state:PAK' }, modality: 'asserted' }],
    forbid: [{ type: 'attack', roles: { actor: 'state:AFG' } }],
  },
  {
    cat: 'attacks',
    text: 'A U.S. base in Iraq was struck by Iranian ballistic missiles.',
    want: [{ type: 'attack', roles: { actor: 'state:IRN' }, modality: 'asserted' }],
    forbid: [
      { type: 'attack', roles: { actor: 'state:USA' } },
      { type: 'attack', roles: { target: 'state:IRN' } },
    ],
  },

  // ── Ties ────────────────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'ties',
    text: 'India signed a defence cooperation agreement with France.',
    want: [{ type: 'ties', parties: ['state:IND', 'state:FRA'], modality: 'asserted' }],
    // No weapons are said to move.
    absent: ['arms_transfer'],
  },
  {
    cat: 'ties',
    text: 'Iran has close ties with Hezbollah.',
    want: [{ type: 'ties', parties: ['state:IRN', 'group:hezbollah'], modality: 'asserted' }],
  },
  {
    cat: 'ties',
    text: 'Japan and Australia are close allies.',
    want: [{ type: 'ties', parties: ['state:JPN', 'state:AUS'], modality: 'asserted' }],
  },
  {
    cat: 'ties',
    text: 'Vietnam and India upgraded their relationship to a comprehensive strategic partnership.',
    want: [{ type: 'ties', parties: ['state:VNM', 'state:IND'], modality: 'asserted' }],
  },
  {
    cat: 'ties',
    text: 'Russia and Belarus are jointly developing a new air defence system.',
    want: [{ type: 'ties', parties: ['state:RUS', 'state:BLR'] }],
  },
  {
    cat: 'ties',
    text: 'Saudi Arabia and Pakistan signed a mutual defence pact.',
    want: [{ type: 'ties', parties: ['state:SAU', 'state:PAK'], modality: 'asserted' }],
  },

  // ── Sanctions ───────────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'sanctions',
    text: 'The EU imposed an arms embargo on Belarus.',
    want: [
      {
        type: 'sanction',
        roles: { actor: 'org:european-union', target: 'state:BLR' },
        stage: 'imposition',
        modality: 'asserted',
      },
    ],
    absent: ['arms_transfer'],
  },
  {
    cat: 'sanctions',
    text: "Washington lifted sanctions on Venezuela's oil sector.",
    want: [
      {
        type: 'sanction',
        roles: { actor: ['state:USA', 'place:washington'], target: 'state:VEN' },
        stage: 'lifting',
        modality: 'asserted',
      },
    ],
    forbid: [{ type: 'sanction', stage: 'imposition' }],
  },
  {
    cat: 'sanctions',
    text: 'The UN Security Council voted to extend sanctions against South Sudan.',
    want: [
      {
        type: 'sanction',
        roles: { actor: 'org:un-security-council', target: 'state:SSD' },
        stage: 'imposition',
      },
    ],
  },
  {
    cat: 'sanctions',
    text: 'The U.S. Treasury sanctioned three Chinese companies for supplying drone parts to Russia.',
    want: [
      {
        type: 'sanction',
        roles: { actor: ['gov:us-treasury', 'state:USA'] },
        stage: 'imposition',
        modality: 'asserted',
      },
      { type: 'arms_transfer', roles: { recipient: 'state:RUS' }, stage: 'delivery' },
    ],
    forbid: [{ type: 'sanction', roles: { target: 'gov:us-treasury' } }],
  },
  {
    cat: 'sanctions',
    text: 'Britain banned exports of military equipment to Myanmar.',
    want: [
      {
        type: 'sanction',
        roles: { actor: 'state:GBR', target: 'state:MMR' },
        stage: 'imposition',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'sanctions',
    text: 'The United Nations lifted its arms embargo on Somalia.',
    want: [
      {
        type: 'sanction',
        roles: { actor: 'org:united-nations', target: 'state:SOM' },
        stage: 'lifting',
        modality: 'asserted',
      },
    ],
    forbid: [{ type: 'sanction', stage: 'imposition' }],
  },

  // ── Attribution and modality ────────────────────────────────────────────────────────────────────────
  {
    cat: 'attribution & modality',
    text: 'Russia has delivered S-300 missiles to Syria, according to Reuters.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:SYR' },
        stage: 'delivery',
        modality: 'reported',
        source: { kind: 'media', text: /Reuters/ },
      },
    ],
    forbid: [{ type: 'arms_transfer', roles: { supplier: 'outlet:reuters' } }],
  },
  {
    cat: 'attribution & modality',
    text: 'Ukraine received Patriot batteries from Germany, officials said.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:DEU', recipient: 'state:UKR' },
        stage: 'delivery',
        modality: 'reported',
        source: { kind: 'officials_unnamed', text: /officials/ },
      },
    ],
  },
  {
    cat: 'attribution & modality',
    text: 'North Korea has shipped millions of artillery shells to Russia, South Korean intelligence said.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:PRK', recipient: 'state:RUS' },
        stage: 'delivery',
        modality: 'reported',
        source: { text: /intelligence/ },
      },
    ],
    forbid: [{ type: 'arms_transfer', roles: { recipient: 'state:KOR' } }],
  },
  {
    cat: 'attribution & modality',
    text: 'Iran is said to have sent drones to Russia.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:IRN', recipient: 'state:RUS' },
        stage: 'delivery',
        modality: 'alleged',
      },
    ],
  },
  {
    cat: 'attribution & modality',
    text: 'North Korea reportedly supplied ballistic missiles to Russia.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:PRK', recipient: 'state:RUS' },
        stage: 'delivery',
        modality: 'alleged',
      },
    ],
  },
  {
    cat: 'attribution & modality',
    text: 'Serbia is accused of selling ammunition to Ukraine.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:SRB', recipient: 'state:UKR' },
        stage: SALE,
        modality: 'alleged',
      },
    ],
  },
  {
    cat: 'attribution & modality',
    text: 'China denied selling weapons to Russia.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:CHN', recipient: 'state:RUS' },
        stage: SALE,
        modality: 'denied',
      },
    ],
  },
  {
    cat: 'attribution & modality',
    text: 'Germany did not deliver the Taurus missiles to Ukraine.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:DEU', recipient: 'state:UKR' },
        stage: 'delivery',
        modality: 'denied',
      },
    ],
  },
  {
    cat: 'attribution & modality',
    text: 'If the talks succeed, Egypt would buy 24 Su-35 jets from Russia.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:RUS', recipient: 'state:EGY' },
        modality: 'conditional',
      },
    ],
  },
  {
    cat: 'attribution & modality',
    text: 'Morocco plans to buy Apache helicopters from the United States.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:USA', recipient: 'state:MAR' },
        stage: 'negotiation',
        modality: 'intended',
      },
    ],
  },
  {
    cat: 'attribution & modality',
    text: 'The delivery of Iranian rifles to the Houthis was confirmed by UN investigators.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:IRN', recipient: 'group:houthis' },
        stage: 'delivery',
        modality: 'confirmed',
        source: { kind: 'investigators', text: /investigators/ },
      },
    ],
  },
  {
    cat: 'attribution & modality',
    text: 'The Pentagon said the United States had sent cluster munitions to Ukraine.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:USA', recipient: 'state:UKR' },
        stage: 'delivery',
        modality: 'reported',
        source: { kind: ['government', 'military'], text: /Pentagon/ },
      },
    ],
  },

  // ── Several sentences: one claim in focus, merged restatements, later stages ────────────────────────
  {
    cat: 'multi-sentence',
    text: 'Greece is negotiating with France to buy three frigates. The deal would be worth about $3 billion, officials said.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:FRA', recipient: 'state:GRC' },
        stage: 'negotiation',
        count: 1,
        evidence: 2,
      },
    ],
    // The second sentence restates the deal; it is not a claim of its own.
    forbid: [{ type: 'arms_transfer', stage: ['agreement', 'delivery', 'payment', 'cancellation'] }],
  },
  {
    cat: 'multi-sentence',
    text: 'Jordanian border guards stopped a truck loaded with rifles and grenades. The shipment was seized near the Syrian border and was destined for Hezbollah.',
    want: [
      {
        type: 'arms_transfer',
        roles: { recipient: 'group:hezbollah' },
        stage: 'interdiction',
        count: 1,
      },
    ],
    absent: ['arms_seizure'],
    forbid: [{ type: 'arms_transfer', roles: { recipient: ['state:SYR', 'state:JOR'] } }],
  },
  {
    cat: 'multi-sentence',
    text: 'Kenya signed a contract with Israel for surveillance drones. The drones will be delivered next year.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:ISR', recipient: 'state:KEN' },
        stage: 'agreement',
        modality: 'asserted',
      },
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:ISR', recipient: 'state:KEN' },
        stage: 'delivery',
        modality: 'intended',
      },
    ],
  },
  {
    cat: 'multi-sentence',
    text: 'Hungary agreed to buy tanks from Germany in 2018. The first Leopard 2A7 tanks arrived in Budapest last month.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:DEU', recipient: 'state:HUN' },
        stage: 'agreement',
      },
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:DEU', recipient: 'state:HUN' },
        stage: 'delivery',
        modality: 'asserted',
      },
    ],
  },
  {
    cat: 'multi-sentence',
    text: 'Armenia ordered Pinaka rocket launchers from India. New Delhi began delivering them in July.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:IND', recipient: 'state:ARM' },
        stage: 'agreement',
      },
      {
        type: 'arms_transfer',
        roles: { supplier: ['state:IND', 'place:new-delhi'], recipient: 'state:ARM' },
        stage: 'delivery',
      },
    ],
  },
  {
    cat: 'multi-sentence',
    title: 'Egypt orders Chinese jets',
    text: 'Egypt has placed an order for J-10C fighter jets from China, state media reported.',
    want: [
      {
        type: 'arms_transfer',
        roles: { supplier: 'state:CHN', recipient: 'state:EGY' },
        stage: 'agreement',
        modality: 'reported',
        source: { kind: 'media', text: /media/ },
        titleEvidence: true,
      },
    ],
  },

  // ── Hard negatives ──────────────────────────────────────────────────────────────────────────────────
  {
    cat: 'hard negatives',
    text: 'Russia and the United States signed a treaty limiting nuclear arsenals.',
    absent: ['arms_transfer', 'attack', 'sanction'],
  },
  {
    cat: 'hard negatives',
    text: 'North Korea test-fired a ballistic missile into the Sea of Japan.',
    absent: ['attack', 'arms_transfer'],
  },
  {
    cat: 'hard negatives',
    text: 'India and France held joint naval exercises in the Arabian Sea.',
    absent: ['attack', 'arms_transfer'],
  },
  {
    cat: 'hard negatives',
    text: 'Iran threatened to strike Israel if it attacked its nuclear sites.',
    absent: ['attack'],
  },
  {
    cat: 'hard negatives',
    text: 'Brazil exported soybeans to China last year.',
    absent: 'any',
  },
  {
    cat: 'hard negatives',
    text: 'Car sales in Germany rose 5 percent in April.',
    absent: 'any',
  },
  {
    cat: 'hard negatives',
    text: 'Russia and India both attended the summit in Johannesburg.',
    absent: 'any',
  },
  {
    cat: 'hard negatives',
    text: 'The global arms trade grew by 8 percent last year, a Stockholm think tank said.',
    absent: 'any',
  },
  {
    cat: 'hard negatives',
    text: 'Rumours of a new arms deal swirled at the air show, but nothing was announced.',
    absent: ['arms_transfer'],
  },
  {
    cat: 'hard negatives',
    text: 'Manchester United attacked from the start and beat Liverpool 3-1.',
    absent: 'any',
  },
  {
    cat: 'hard negatives',
    text: 'Lockheed Martin shares rose 3 percent after the company reported higher quarterly profits.',
    absent: 'any',
  },
  {
    cat: 'hard negatives',
    text: 'Heavy rain hit southern China, flooding thousands of homes.',
    absent: 'any',
  },
  {
    cat: 'hard negatives',
    text: 'Japan sold $2 billion worth of cars to the United States.',
    absent: ['arms_transfer'],
  },
  {
    cat: 'hard negatives',
    text: 'The United States sent food and medical supplies to Gaza.',
    absent: ['arms_transfer'],
  },
  {
    cat: 'hard negatives',
    text: 'Germany gave Ukraine 500 million euros in financial aid.',
    absent: ['arms_transfer'],
  },
  {
    cat: 'hard negatives',
    text: 'The Chinese foreign minister met his Russian counterpart in Beijing.',
    absent: 'any',
  },
  {
    cat: 'hard negatives',
    text: 'Boeing delivered 40 commercial airliners to China Southern Airlines.',
    absent: ['arms_transfer'],
  },
  {
    cat: 'hard negatives',
    text: "Taiwan's army held a drill simulating a Chinese invasion.",
    absent: ['attack'],
  },
  {
    cat: 'hard negatives',
    text: 'Shares of Rheinmetall hit a record high as European defence budgets grew.',
    absent: 'any',
  },
];

// ── Running and comparing ─────────────────────────────────────────────────────────────────────────────

const pipeline = createMentionPipeline();

/** The shared test article, with an id from the text so cases never share anonymous entities. */
const articleFor = (text: string, title = ''): Article =>
  articleOf(
    text,
    title,
    '2024-05-02',
    `claim-table-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`,
  );

const list = <T>(v: OneOrMore<T>): readonly T[] => (Array.isArray(v) ? v : [v as T]);

function rolesMatch(c: Claim, roles: Partial<Record<Role, Ids>> | undefined): boolean {
  return Object.entries(roles ?? {}).every(([role, ids]) => {
    const actual = c[role as Role];
    return typeof actual === 'string' && list(ids as Ids).includes(actual);
  });
}

function stageMatches(c: Claim, stage: OneOrMore<Stage> | undefined): boolean {
  return stage === undefined || (c.stage != null && list(stage).includes(c.stage));
}

function matches(c: Claim, w: Want | Forbid): boolean {
  const parties = 'parties' in w ? w.parties : undefined;
  return (
    c.type === w.type &&
    rolesMatch(c, w.roles) &&
    stageMatches(c, w.stage) &&
    (parties ?? []).every((p) => c.parties?.includes(p))
  );
}

/** A compact line per claim, ids shown as they are (they are readable), for failure messages. */
function show(c: Claim): string {
  const roles = (['supplier', 'recipient', 'actor', 'target', 'seizer', 'interdicted_by', 'where'] as const)
    .filter((r) => c[r])
    .map((r) => `${r}=${c[r]}`);
  if (c.parties?.length) roles.push(`parties=[${c.parties.join(',')}]`);
  const sources = c.sources.map((s) => `${s.kind}:"${s.text}"`).join('|');
  return `${c.type}${c.stage ? `/${c.stage}` : ''} ${c.modality} ${roles.join(' ')}${sources ? ` src=${sources}` : ''}`;
}

function describeWant(w: Want): string {
  const roles = Object.entries(w.roles ?? {}).map(([r, ids]) => `${r}=${list(ids as Ids).join('|')}`);
  if (w.parties) roles.push(`parties⊇[${w.parties.join(',')}]`);
  const stage = w.stage ? `/${list(w.stage).join('|')}` : '';
  const modality = w.modality ? ` ${list(w.modality).join('|')}` : '';
  return `${w.type}${stage}${modality} ${roles.join(' ')}`.trim();
}

/** Every way the extraction falls short of the case; empty when it meets it. */
function problems(x: Extraction, k: Case): string[] {
  const out: string[] = [];
  for (const w of k.want ?? []) {
    const withRoles = x.claims.filter((c) => matches(c, { ...w, stage: undefined }));
    const found = withRoles.filter((c) => stageMatches(c, w.stage));
    if (withRoles.length === 0) {
      out.push(`missing ${describeWant(w)}`);
      continue;
    }
    if (found.length === 0) {
      out.push(`wrong stage for ${describeWant(w)}`);
      continue;
    }
    if (w.modality && !found.some((c) => list(w.modality as OneOrMore<Modality>).includes(c.modality)))
      out.push(`wrong modality for ${describeWant(w)}`);
    if (w.count !== undefined && found.length !== w.count)
      out.push(`expected ${w.count} claim(s) ${describeWant(w)}, got ${found.length}`);
    if (w.evidence !== undefined && !found.some((c) => c.evidence.length >= (w.evidence ?? 0)))
      out.push(`expected ≥${w.evidence} evidence spans for ${describeWant(w)}`);
    if (
      w.titleEvidence &&
      !found.some((c) => c.evidence.some((e) => (e as { field?: string }).field === 'title'))
    )
      out.push(`expected headline evidence for ${describeWant(w)}`);
    const { source } = w;
    if (
      source &&
      !found.some((c) =>
        c.sources.some(
          (s) =>
            (source.kind === undefined || list(source.kind).includes(s.kind)) &&
            (source.text === undefined || source.text.test(s.text)),
        ),
      )
    )
      out.push(
        `expected source ${source.kind ? list(source.kind).join('|') : 'any'}${source.text ? ` ~${source.text}` : ''} for ${describeWant(w)}`,
      );
  }
  const absent = k.absent === 'any' ? null : (k.absent ?? []);
  for (const c of x.claims) {
    if (absent === null || absent.includes(c.type)) out.push(`unexpected ${c.type}`);
    else if (k.forbid?.some((f) => matches(c, f))) out.push(`forbidden ${c.type}`);
  }
  if (out.length) out.push(`got: ${x.claims.length ? x.claims.map(show).join(' ; ') : '(no claims)'}`);
  return out;
}

describe('claim table', () => {
  const categories = [...new Set(CASES.map((k) => k.cat))];
  it('has at least 70 cases, unique texts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(70);
    expect(new Set(CASES.map((k) => `${k.title ?? ''}|${k.text}`)).size).toBe(CASES.length);
  });
  for (const cat of categories) {
    describe(cat, () => {
      for (const k of CASES.filter((c) => c.cat === cat)) {
        it(k.title ? `${k.title} || ${k.text}` : k.text, () => {
          const x = extractArticle(pipeline, articleOf(k.text, k.title));
          const found = problems(x, k);
          expect(found, found.join('\n')).toEqual([]);
        });
      }
    });
  }
});
