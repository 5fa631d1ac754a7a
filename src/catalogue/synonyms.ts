// Words people use for the same thing, so that a search (and the finder's
// evaluation driver) meets them: "portable", "tel", "smartphone" and "téléphone";
// "piqué", "chouré", "stolen" and "vol"; "keuf" and "police". Each group lists
// its words as people write them; they are normalised and stemmed once, when
// first needed, like the words of a query (see searchTokens). A group is a
// meaning, not a service: no group names a catalogue entry.

const GROUPS = [
  // Theft and its slang
  'vol voler volé volée vole piqué piquer chouré chourave chouraver dérobé dérober subtilisé embarqué arraché arracher pickpocket pickpocketé stolen steal stole theft thief nicked nick robbed robbery mugged snatched',
  'cambriolage cambriolé cambrioler cambrioleur effraction fracturé forcé burglary burgled burglar broken break',
  'dégradation dégradé abîmé cassé casser vandalisme vandalisé rayé tagué tag tags crevé damage damaged vandalised vandalized smashed scratched graffiti',
  // Things people lose or have taken
  'téléphone portable tel tél smartphone iphone mobile phone cellphone',
  'portefeuille portemonnaie wallet purse',
  'sac sacoche cartable bag handbag backpack',
  'voiture véhicule auto bagnole caisse car vehicle',
  'vélo bicyclette trottinette bike bicycle scooter',
  'clé clés clef clefs key keys',
  'papiers papier identité passeport document documents papers passport',
  'bancaire cb bleue visa mastercard',
  'carte card',
  // Money and scams
  'arnaque arnaqué arnaquer escroquerie escroqué escroc arnaqueur fraude frauduleux frauduleuse scam scammed scammer fraud con conned fake brouteur',
  'virement viré virer wire transfer transferred iban rib',
  'argent euros sous fric money cash paid payé payer paiement payment',
  'piraté piratage pirate hacké hacker hacked hack hacking compromis',
  'compte account profil profile',
  'messagerie mail email gmail instagram insta facebook snapchat snap whatsapp tiktok réseau réseaux sociaux',
  'chantage sextorsion sextortion blackmail nudes nude intimes',
  // Violence and people
  'violence violences violent coups coup frappé frapper tabassé battu agression agressé agressée attaque attaqué assault assaulted attacked beaten hit punched kicked',
  'menace menaces menacé menacer tuer threat threats threatened',
  'harcèlement harcelé harceler harcèle harass harassed harassment bullying bullied stalking stalked',
  'suivre suit suivi suivie follow following followed',
  'insulte insultes insulté injure injures insult insulted slur',
  'raciste racisme racist racism homophobe homophobic antisémite sexiste sexist haine hate',
  'sexuel sexuelle sexuelles viol violée attouchement attouchements touché rape raped sexual groped',
  'conjoint conjointe conjugal conjugale conjugales couple mari femme copain copine compagnon compagne partenaire ex husband wife boyfriend girlfriend partner',
  'enfant enfants fils fille gamin gosse ado adolescent adolescente mineur mineure jeune child children kid kids son daughter teen teenager minor',
  'parent parents mère père maman papa mother father mum mom dad',
  'âgé âgée âgés ehpad retraite vieux vieille mamie papy senior seniors elderly old grandmother grandfather',
  'handicap handicapé handicapée disabled disability',
  'disparu disparue disparition fugue fugué fugueur introuvable missing disappeared runaway ran',
  'suicide suicidaire suicider mourir vivre suicidal',
  'deal dealer dealers trafic stupéfiants shit cannabis dealing',
  'drogué droguée drogue ghb soumission spiked spiking drugged',
  'radicalisation radicalisé radicalisée radicaliser radicalise djihadiste djihadisme extrémiste extrémisme radicalised radicalized radicalisation extremist',
  'maltraitance maltraitances maltraité maltraitée maltraiter sévices négligence mistreated neglect',
  'usurpation usurpé usurpée usurper',
  'hameçonnage phishing smishing',
  'incendie feu flammes brûle brûler fire flames burning',
  'malaise évanoui évanouie inconscient inconsciente connaissance effondré effondrée overdose surdose unconscious conscious collapsed fainted',
  'blessé blessée blessés blessure blessures saigne injured bleeding wounded',
  'intrusion intrus intruder',
  'litige dispute désaccord conflit différend',
  'pédocriminalité pédocriminel pédopornographie pédopornographique pédopornographiques pédophile pédophilie',
  'vidéo vidéos filmé filmée filmer film video videos filmed',
  'indemnisation indemnisé indemnisée indemniser dommages intérêts réparation compensation damages',
  // Where and how
  'internet online web site',
  'police policier policiers gendarmerie gendarme gendarmes commissariat brigade flic flics keuf keufs poulet station cops cop',
  'plainte déposer complaint report',
  'perdu perdue perte égaré égarée oublié oubliée lost lose forgot left',
  'trouvé trouvée found',
  'amende amendes contravention pv radar flash flashé fine fines ticket speeding',
  'plaque immatriculation plate registration',
  'procuration voter vote élection élections proxy',
  'vacances absence voyage holiday holidays vacation away',
  'discrimination discriminé refusé refus discriminated refused',
  'logement appartement appart location loyer propriétaire proprio housing flat apartment rent landlord',
  'travail emploi boulot job embauche patron employeur work employer',
  'entreprise société pme association asso commune mairie collectivité business company firm charity council',
  'rançon rançongiciel ransomware ransom chiffré chiffrés encrypted',
  'maintenant actuellement direct now currently',
  'danger dangereux peur urgent urgence emergency',
  'sourd sourde malentendant muet deaf mute',
  'touriste tourisme visiteur étranger tourist visitor visiting holidaymaker',
];

/** The groups by word, made once when first needed: a constant of the library, the same for every element. */
const table = new Map<string, readonly string[]>();

/**
 * The other words of a word's groups, in the same normalised and stemmed form as
 * the word (`stem` is what searchTokens gives for a word). Empty when the word
 * belongs to no group.
 */
export function synonymsOf(stem: string, tokenize: (text: string) => string[]): readonly string[] {
  if (!table.size) {
    for (const group of GROUPS) {
      const stems = [...new Set(group.split(' ').flatMap((word) => tokenize(word)))];
      for (const word of stems)
        table.set(word, [...new Set([...(table.get(word) ?? []), ...stems.filter((other) => other !== word)])]);
    }
  }
  return table.get(stem) ?? [];
}
