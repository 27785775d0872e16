import { describe, expect, it } from 'vitest';
import { detectLanguage, identifyLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    [
      'en',
      'The defence ministry said on Tuesday that it had approved the sale of six patrol boats to the coast guard.',
    ],
    [
      'en',
      'Customs officers seized rifles, grenades and ammunition hidden in a container at the port, officials said.',
    ],
    [
      'de',
      'Die Bundesregierung hat am Mittwoch neue Waffenlieferungen genehmigt, teilte ein Sprecher des Ministeriums mit.',
    ],
    [
      'fr',
      'Le ministère de la Défense a confirmé mardi la livraison de six patrouilleurs à la garde côtière du pays.',
    ],
    [
      'es',
      'El gobierno aprobó el martes la venta de seis patrulleras a la guardia costera, según un comunicado oficial.',
    ],
    [
      'nl',
      'Het ministerie van Defensie heeft dinsdag de verkoop van zes patrouilleboten aan de kustwacht goedgekeurd.',
    ],
    [
      'ru',
      'Министерство обороны во вторник одобрило продажу шести патрульных катеров береговой охране страны.',
    ],
    ['ar', 'وافقت وزارة الدفاع يوم الثلاثاء على بيع ست زوارق دورية إلى خفر السواحل في البلاد حسب بيان رسمي.'],
  ])('%s: %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('is null for text too short to tell, and falls back to a declared language then', () => {
    expect(detectLanguage('Raid at dawn.')).toBeNull();
    expect(detectLanguage('Raid at dawn.', 'en-GB')).toBe('en');
    expect(detectLanguage('Raid at dawn.', 'nonsense-tag-')).toBeNull();
  });

  it('does not take a declared language over 300 characters of text or more', () => {
    const german =
      'Die Bundesregierung hat am Mittwoch neue Waffenlieferungen genehmigt, teilte ein Sprecher mit. ' +
      'Nach Angaben des Ministeriums sollen die Fahrzeuge noch in diesem Jahr ausgeliefert werden, ' +
      'obwohl mehrere Abgeordnete der Opposition Bedenken geäußert hatten. Der Vertrag umfasst auch Ersatzteile ' +
      'und die Ausbildung.';
    expect(german.length).toBeGreaterThanOrEqual(300);
    expect(identifyLanguage(german, 'en')).toEqual({ language: 'de', from: 'detected' });
  });

  it('takes a declared language over franc for short text', () => {
    // franc alone reads these English headlines as other languages.
    for (const headline of [
      'Paris arms fair: missile contracts, drone deals and frigate orders',
      'Minister visits naval base as submarine programme faces delays',
      'Coalition air strikes resume against militant positions in province',
    ]) {
      expect(detectLanguage(headline)).not.toBe('en');
      expect(identifyLanguage(headline, 'en')).toEqual({ language: 'en', from: 'declared' });
    }
    const german = 'Die Bundesregierung hat am Mittwoch neue Waffenlieferungen genehmigt.';
    expect(identifyLanguage(german, 'de-AT')).toEqual({ language: 'de', from: 'declared' });
    expect(identifyLanguage(german, 'bogus-tag')).toEqual({ language: 'de', from: 'detected' });
  });

  it('still recognizes English by its function words whatever the declaration', () => {
    const text = 'The ministry said that the sale of the boats to the coast guard has been approved.';
    expect(identifyLanguage(text, 'fr')).toEqual({ language: 'en', from: 'detected' });
  });
});
