//! Generates a large, realistic Fluent project for benchmarks: `DIR/en-US/**/*.ftl` as the
//! reference and `DIR/<tag>/**/*.ftl` for the other languages, laid out like a real product
//! (`browser/`, `toolkit/`, `devtools/`, …), with the faults real translations have.
//!
//! ```sh
//! cargo run --release --example gen-corpus -- --out DIR --locales 100 --files 80 --messages 30 --seed 1
//! ```
//!
//! `--locales` counts the reference; `--files` and `--messages` are the reference's files and
//! the messages (and terms) in each. The same arguments always write the same bytes: every
//! random choice comes from the seed, and nothing is written in a hash map's order.
//!
//! The reference has plain values of 3–20 words, attributes (`.label`, `.accesskey`,
//! `.title`, …) on about 30 % of its messages, `{ $variable }` placeables, plural selects,
//! terms (`-brand-short-name`) and references to them, references to other messages,
//! HTML-like markup, `#`/`##`/`###` comments and blank lines. A translation has the same
//! structure, its words replaced by made-up words in the language's own script (taken from
//! CLDR's likely subtags, as `outreach check` does), its comments left in English as in
//! Mozilla's repositories, its plural selects with the language's CLDR categories, and its
//! terms (brand names) untranslated. Each language then has, drawn from the seed:
//!
//! * 5–35 % of the reference's messages missing (20 % on average), a quarter of that as whole
//!   missing files; the terms of the branding file are never missing;
//! * about 2 % obsolete messages (ids the reference does not have) among its messages, and
//!   now and then an obsolete file;
//! * a syntax error (an unclosed `{`) in about 0.5 % of its files, which makes the parser
//!   skip that one message;
//! * a renamed variable in about 1 % of the messages that have variables.
//!
//! What was generated is written to `DIR/.gen-corpus.json`: the arguments, and for each
//! language the number of reference messages it lacks (those a syntax error swallowed
//! included), of obsolete messages in files the reference has, and of messages in obsolete
//! files. A syntax error counts as one missing message, the one it is in, as python-fluent
//! (compare-locales' parser) and fluent.js read it: the whole entry becomes Junk. When the
//! unclosed `{` is in an attribute, fluent-rs (outreach's parser) keeps the message without
//! that attribute instead, as projectfluent/fluent#132 decided; `scripts/compare_counts.py`,
//! which checks what `outreach check` and compare-locales report against this file, explains
//! such a difference. At 100 × 80 × 30 the
//! tree has about 200,000 messages and terms (240,000 before the missing ones are taken out)
//! in 44 MB, written in well under a second.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use unic_langid::LanguageIdentifier;

/// The file that marks a folder as written by this generator, so that running it again may
/// replace the folder; it also holds what was generated.
const MARKER: &str = ".gen-corpus.json";

const USAGE: &str = "usage: gen-corpus --out DIR [--locales 100] [--files 80] [--messages 30] [--seed 1]

Writes DIR/en-US/**/*.ftl and DIR/<tag>/**/*.ftl for LOCALES-1 other languages. DIR must not
exist, be empty, or have been written by gen-corpus (it is then replaced).";

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("gen-corpus: {error:#}");
            std::process::ExitCode::from(2)
        }
    }
}

fn run() -> Result<()> {
    let args = Args::parse(std::env::args().skip(1))?;
    let started = Instant::now();
    let tags = language_tags(args.locales)?;
    let reference = Reference::generate(&args);
    prepare_dir(&args.out)?;

    let languages: Vec<Written> = tags
        .par_iter()
        .enumerate()
        .map(|(index, tag)| write_language(&args, &reference, tag, index == 0))
        .collect::<Result<_>>()?;

    let mut truth = serde_json::Map::new();
    for written in &languages[1..] {
        truth.insert(written.tag.clone(), serde_json::to_value(&written.faults)?);
    }
    let marker = serde_json::json!({
        "generator": "examples/gen-corpus.rs",
        "args": { "locales": args.locales, "files": args.files, "messages": args.messages, "seed": args.seed },
        "reference": { "locale": "en-US", "files": reference.files.len(), "entries": reference.entry_count() },
        "locales": truth,
    });
    fs::write(args.out.join(MARKER), serde_json::to_string_pretty(&marker)? + "\n")?;

    let sum = |f: fn(&Written) -> usize| languages.iter().map(f).sum::<usize>();
    let faults = |f: fn(&Faults) -> usize| languages.iter().map(|written| f(&written.faults)).sum::<usize>();
    let bytes = sum(|written| written.bytes);
    println!(
        "wrote {} languages ({} + {} translations) to {}",
        tags.len(),
        tags[0],
        tags.len() - 1,
        args.out.display()
    );
    println!(
        "reference: {} files, {} messages and terms; nominal {} × {} = {} messages",
        reference.files.len(),
        reference.entry_count(),
        tags.len(),
        reference.entry_count(),
        tags.len() * reference.entry_count()
    );
    println!(
        "written: {} files, {} messages and terms, {} bytes ({:.1} MB) of .ftl",
        sum(|written| written.files),
        sum(|written| written.entries),
        bytes,
        bytes as f64 / 1e6
    );
    println!(
        "faults: {} missing messages ({} of them in {} missing files), {} obsolete messages (+{} in {} obsolete \
         files), {} syntax errors, {} renamed variables",
        faults(|f| f.missing),
        faults(|f| f.missing_in_missing_files),
        faults(|f| f.missing_files),
        faults(|f| f.obsolete),
        faults(|f| f.obsolete_in_obsolete_files),
        faults(|f| f.obsolete_files),
        faults(|f| f.syntax_errors),
        faults(|f| f.renamed_variables),
    );
    println!("took {:.2} s", started.elapsed().as_secs_f64());
    Ok(())
}

// ----------------------------------------------------------------------------------------------
// Arguments and the output folder

struct Args {
    out: PathBuf,
    locales: usize,
    files: usize,
    messages: usize,
    seed: u64,
}

impl Args {
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Args> {
        let mut parsed = Args { out: PathBuf::new(), locales: 100, files: 80, messages: 30, seed: 1 };
        while let Some(flag) = args.next() {
            if flag == "-h" || flag == "--help" {
                println!("{USAGE}");
                std::process::exit(0);
            }
            let (name, inline) = match flag.split_once('=') {
                Some((name, value)) => (name.to_string(), Some(value.to_string())),
                None => (flag.clone(), None),
            };
            let Some(value) = inline.or_else(|| args.next()) else { bail!("{name} needs a value\n\n{USAGE}") };
            let number = |value: &str| value.parse::<usize>().with_context(|| format!("{name} {value}: not a number"));
            match name.as_str() {
                "--out" => parsed.out = PathBuf::from(value),
                "--locales" => parsed.locales = number(&value)?,
                "--files" => parsed.files = number(&value)?,
                "--messages" => parsed.messages = number(&value)?,
                "--seed" => parsed.seed = value.parse().with_context(|| format!("--seed {value}: not a number"))?,
                _ => bail!("unknown argument `{flag}`\n\n{USAGE}"),
            }
        }
        if parsed.out.as_os_str().is_empty() {
            bail!("--out DIR is required\n\n{USAGE}");
        }
        if parsed.locales < 1 || parsed.files < 1 || parsed.messages < 1 {
            bail!("--locales, --files and --messages must be at least 1");
        }
        Ok(parsed)
    }
}

/// Empties `dir` if it is a corpus written before; refuses any other folder that holds files.
fn prepare_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        let mut entries = fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
        if entries.next().is_some() {
            if !dir.join(MARKER).is_file() {
                bail!("{} is not empty and was not written by gen-corpus; give a new or empty folder", dir.display());
            }
            fs::remove_dir_all(dir).with_context(|| format!("removing the old corpus {}", dir.display()))?;
        }
    }
    fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))
}

// ----------------------------------------------------------------------------------------------
// Randomness

/// SplitMix64 (Steele, Lea and Flood, 2014): a few lines of well-mixed pseudo-randomness,
/// written out here instead of adding the `rand` crate, whose streams may change between
/// versions; the corpus must stay byte-identical for a seed.
struct Rng(u64);

impl Rng {
    /// A stream for one purpose (`stream`) of one seed.
    fn new(seed: u64, stream: &str) -> Rng {
        Rng(mix(seed ^ fnv1a(stream.as_bytes())))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// A number in `0..n` (the modulo's bias is far below what matters here).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// A number in `0.0..1.0`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// SplitMix64's finalizer.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a, to turn names into stream seeds.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xCBF2_9CE4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01B3))
}

// ----------------------------------------------------------------------------------------------
// Languages

/// Real tags, Mozilla's locales mostly, the first ones mixing scripts so that a small corpus
/// has them too. `en-US` is the reference.
#[rustfmt::skip]
const TAGS: &[&str] = &[
    "en-US", "de", "fr", "ar", "zh-CN", "ja", "ru", "es-ES", "pt-BR", "hi-IN", "ko", "he", "uk", "zh-TW", "it", "pl",
    "fa", "th", "tr", "nl", "bn", "el", "vi", "cs", "ka", "es-MX", "sv-SE", "ur", "ta", "hy-AM", "id", "hu", "bg",
    "my", "fi", "ro", "te", "km", "da", "nb-NO", "sr", "kn", "am", "sk", "ml", "lt", "si", "pa-IN", "lo", "ca",
    "gu-IN", "be", "mr", "ne-NP", "kk", "sl", "hr", "es-AR", "pt-PT", "lv", "et", "mk", "or", "ckb", "ps", "bs", "is",
    "gl", "eu", "ms", "tl", "az", "uz", "en-GB", "en-CA", "es-CL", "nn-NO", "ga-IE", "cy", "sq", "af", "sw", "fy-NL",
    "br", "ast", "an", "oc", "rm", "eo", "ia", "gd", "ca-valencia", "tg", "ky", "mn", "xh", "zu", "kab", "hsb", "dsb",
    "lij", "fur", "sc", "szl", "wo", "ff", "ach", "son", "cak", "trs", "ti", "bo", "sat", "dv",
];

/// Languages written in the Latin script, and regions, that make further real-looking tags
/// (`de-AT`, `fr-CA`, `es-CO`) when more languages are asked for than [`TAGS`] has.
const DERIVED_LANGUAGES: &[&str] =
    &["de", "fr", "es", "pt", "it", "nl", "en", "sv", "ca", "pl", "ro", "hu", "cs", "fi", "da", "tr", "hr", "sk", "sl"];
#[rustfmt::skip]
const DERIVED_REGIONS: &[&str] = &[
    "AT", "CH", "BE", "LU", "LI", "CA", "US", "GB", "AU", "NZ", "IE", "ZA", "IN", "SG", "FR", "DE", "ES", "IT", "PT",
    "BR", "AR", "MX", "CO", "CL", "PE", "VE", "UY", "PY", "BO", "EC", "CR", "PA", "DO", "GT", "HN", "SV", "NI", "CU",
    "PR", "PH", "NG", "KE", "GH", "SN", "CI", "CM", "MA", "TN", "SE", "NO", "DK", "FI", "NL", "PL", "CZ", "SK", "HU",
];

/// The first `count` tags: [`TAGS`], then derived region variants of Latin-script languages.
fn language_tags(count: usize) -> Result<Vec<String>> {
    let mut tags: Vec<String> = TAGS.iter().map(|tag| tag.to_string()).collect();
    let mut seen: BTreeSet<String> = tags.iter().cloned().collect();
    'fill: for region in DERIVED_REGIONS {
        for language in DERIVED_LANGUAGES {
            if tags.len() >= count {
                break 'fill;
            }
            let tag = format!("{language}-{region}");
            if seen.contains(&tag) || script_of(&tag) != "Latn" {
                continue;
            }
            seen.insert(tag.clone());
            tags.push(tag);
        }
    }
    if tags.len() < count {
        bail!("at most {} languages can be generated, not {count}", tags.len());
    }
    tags.truncate(count);
    for tag in &tags {
        let id: LanguageIdentifier = tag.parse().with_context(|| format!("{tag} is not a BCP 47 tag"))?;
        if id.to_string() != *tag {
            bail!("{tag} is not in canonical form ({id})");
        }
    }
    Ok(tags)
}

/// The ISO 15924 code of the script a language is written in, from CLDR's likely subtags
/// (`Latn` when CLDR does not know the language).
fn script_of(tag: &str) -> String {
    let Ok(mut id) = tag.parse::<LanguageIdentifier>() else { return "Latn".into() };
    id.maximize();
    id.script.map(|script| script.as_str().to_string()).unwrap_or_else(|| "Latn".into())
}

/// The language's CLDR cardinal plural categories, `other` last, as outreach's plural check
/// reads them.
fn plural_categories(tag: &str) -> Vec<&'static str> {
    let categories = outreach::tag::Tag::parse(tag).ok().and_then(|tag| outreach::checks::plural_categories(&tag));
    categories.unwrap_or_else(|| vec!["one", "other"])
}

/// How the made-up words of a script are built.
enum Letters {
    /// Syllables of a consonant and a vowel (a vowel sign in the scripts of India and
    /// South-East Asia, where a consonant may also go without one).
    Syllables { consonants: &'static str, vowels: &'static str, bare_consonants: bool },
    /// One to three characters from a set, and no spaces between words (Chinese, Japanese).
    Characters(&'static str),
    /// Characters from a range of code points (Hangul, Ethiopic syllables).
    Range { start: u32, len: u32 },
}

/// The letters of each script the tags use.
fn letters(script: &str, language: &str) -> Letters {
    let syllables = |consonants, vowels| Letters::Syllables { consonants, vowels, bare_consonants: false };
    let abugida = |consonants, vowels| Letters::Syllables { consonants, vowels, bare_consonants: true };
    match script {
        "Cyrl" => syllables(
            "бвгджзклмнпрстфхцчшщ",
            match language {
                "uk" => "аеиоуяюєії",
                "sr" | "mk" => "аеиоуаеиоуђјљњћџ",
                "kk" | "ky" => "аеиоуыәөүұ",
                "be" => "аеоуыэюяіў",
                _ => "аеиоуыэюя",
            },
        ),
        "Grek" => syllables("βγδζθκλμνξπρστφχψ", "αεηιουωάέήίόύώ"),
        "Armn" => syllables("բգդզթժլխծկհձղճմյնշչպջռսվտրցփքֆ", "աեէըիոօ"),
        "Geor" => syllables("ბგდვზთკლმნპჟრსტფქღყშჩცძწჭხჯჰ", "აეიოუ"),
        "Arab" => syllables(
            match language {
                "fa" | "ur" | "ps" | "ckb" => "بتجحخدرزسشصطعفقکگلمنهیپچژ",
                _ => "بتثجحخدذرزسشصضطظعغفقكلمنهي",
            },
            "اوي",
        ),
        "Hebr" => syllables("בגדהזחטכלמנסעפצקרשת", "אוי"),
        "Thaa" => syllables("ހށނރބޅކއވމފދތލގޏސޑޒޓޔޕޖޗ", "ަާިީުޫެޭޮޯ"),
        "Deva" => abugida("कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह", "ािीुूेैोौ"),
        "Beng" => abugida("কখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহ", "ািীুূেৈোৌ"),
        "Guru" => abugida("ਕਖਗਘਚਛਜਝਟਠਡਢਣਤਥਦਧਨਪਫਬਭਮਯਰਲਵਸਹ", "ਾਿੀੁੂੇੈੋੌ"),
        "Gujr" => abugida("કખગઘચછજઝટઠડઢણતથદધનપફબભમયરલવશષસહ", "ાિીુૂેૈોૌ"),
        "Orya" => abugida("କଖଗଘଚଛଜଝଟଠଡଢଣତଥଦଧନପଫବଭମଯରଲଶଷସହ", "ାିୀୁୂେୈୋୌ"),
        "Taml" => abugida("கஙசஞடணதநபமயரலவழளறன", "ாிீுூெேைொோ"),
        "Telu" => abugida("కఖగఘచఛజఝటఠడఢణతథదధనపఫబభమయరలవశషసహ", "ాిీుూెేైొో"),
        "Knda" => abugida("ಕಖಗಘಚಛಜಝಟಠಡಢಣತಥದಧನಪಫಬಭಮಯರಲವಶಷಸಹ", "ಾಿೀುೂೆೇೈೊೋ"),
        "Mlym" => abugida("കഖഗഘചഛജഝടഠഡഢണതഥദധനപഫബഭമയരലവശഷസഹ", "ാിീുൂെേൈൊോ"),
        "Sinh" => abugida("කඛගඝචඡජඣටඨඩඪණතථදධනපඵබභමයරලවශෂසහ", "ාැෑිීුූෙේො"),
        "Thai" => abugida("กขคงจฉชซญดตถทนบปผพฟมยรลวสหอฮ", "ะาิีึืุู"),
        "Laoo" => abugida("ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮ", "ະາິີຶືຸູ"),
        "Khmr" => abugida("កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ", "ាិីឹឺុូួើឿៀេែៃោៅ"),
        "Mymr" => abugida("ကခဂဃငစဆဇဈညဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠအ", "ါာိီုူေဲ"),
        "Tibt" => abugida("ཀཁགངཅཆཇཉཏཐདནཔཕབམཙཚཛཝཞཟའཡརལཤསཧཨ", "ིེོུ"),
        "Olck" => syllables("ᱛᱜᱝᱞᱠᱡᱢᱣᱥᱦᱧᱨᱪᱫᱬᱭᱯᱰᱱᱲᱴᱵᱶᱷ", "ᱚᱟᱤᱩᱮᱳ"),
        "Ethi" => Letters::Range { start: 0x1200, len: 0x148 },
        "Kore" => Letters::Range { start: 0xAC00, len: 11172 },
        "Hans" => Letters::Characters(
            "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方\
             后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它\
             合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条\
             只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资\
             边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北\
             造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车\
             例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫\
             且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克\
             何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调\
             满县局照参红细引听该铁价严",
        ),
        "Hant" => Letters::Characters(
            "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方\
             後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它\
             合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條\
             只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資\
             邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處隊南給色光門即保治北",
        ),
        "Jpan" => Letters::Characters(
            "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキク\
             ケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンーー日本語文字表示設定保存開閉新規\
             画面検索履歴追加削除変更確認選択移動終了印刷送信受信接続情報管理読込書込拡張機能",
        ),
        // Latin, and the scripts without letters of their own here.
        _ => syllables(
            "bcdfghjklmnprstvz",
            match language {
                "de" | "lb" => "aeiouaeiouäöü",
                "fr" | "br" | "oc" | "wo" | "ff" => "aeiouaeiouéèêàô",
                "es" | "gl" | "ast" | "an" | "trs" | "cak" => "aeiouaeiouáéíóúñ",
                "pt" => "aeiouaeiouãõáéêç",
                "it" | "fur" | "lij" | "sc" | "rm" => "aeiouaeiouàèìòù",
                "pl" | "szl" => "aeiouaeiouąęóśćżźłń",
                "cs" | "sk" => "aeiouaeiouáéíóúýčěňřšž",
                "hu" => "aeiouaeiouáéíóöőúüű",
                "ro" => "aeiouaeiouăâîșț",
                "tr" | "az" => "aeiouaeiouçğıöşü",
                "vi" => "aeiouaeiouăâêôơưđạảấầẩ",
                "sv" | "fi" | "et" => "aeiouaeiouåäö",
                "da" | "nb" | "nn" | "is" => "aeiouaeiouåæø",
                "lt" => "aeiouaeiouąčęėįšųūž",
                "lv" => "aeiouaeiouāčēģīķļņšūž",
                "hr" | "bs" | "sl" | "hsb" | "dsb" => "aeiouaeioučćđšž",
                "eo" => "aeiouaeiouĉĝĥĵŝŭ",
                "cy" => "aeiouaeiouâêîôûŵŷ",
                "ga" | "gd" => "aeiouaeiouáéíóú",
                "ca" => "aeiouaeiouàèéíòóúç",
                _ => "aeiouaeiou",
            },
        ),
    }
}

/// One language: its made-up word for each word of [`WORDS`], and how it writes.
struct Language {
    words: Vec<String>,
    /// Whether the script has capital letters.
    cased: bool,
    /// Whether words are separated by spaces.
    spaced: bool,
    plurals: Vec<&'static str>,
}

impl Language {
    fn new(tag: &str, seed: u64) -> Language {
        let script = script_of(tag);
        let primary = tag.split('-').next().unwrap_or(tag);
        let letters = letters(&script, primary);
        let mut rng = Rng::new(seed, &format!("words {tag}"));
        let mut taken = BTreeSet::new();
        let words = WORDS
            .iter()
            .map(|english| {
                // A word of about the English one's length, different from it and from the
                // language's other words.
                loop {
                    let word = made_up_word(&letters, english, &mut rng);
                    if word != *english && taken.insert(word.clone()) {
                        return word;
                    }
                }
            })
            .collect();
        Language {
            words,
            cased: matches!(script.as_str(), "Latn" | "Cyrl" | "Grek" | "Armn"),
            spaced: !matches!(letters, Letters::Characters(_)),
            plurals: plural_categories(tag),
        }
    }
}

fn made_up_word(letters: &Letters, english: &str, rng: &mut Rng) -> String {
    let length = english.chars().count();
    match letters {
        Letters::Syllables { consonants, vowels, bare_consonants } => {
            let consonants: Vec<char> = consonants.chars().collect();
            let vowels: Vec<char> = vowels.chars().collect();
            let mut word = String::new();
            for _ in 0..(length.div_ceil(2) + rng.below(2)).max(1) {
                word.push(*rng.pick(&consonants));
                if !*bare_consonants || rng.chance(0.6) {
                    word.push(*rng.pick(&vowels));
                }
            }
            word
        }
        Letters::Characters(set) => {
            let set: Vec<char> = set.chars().filter(|c| !c.is_whitespace()).collect();
            (0..rng.range(1, 1 + length / 3)).map(|_| *rng.pick(&set)).collect()
        }
        Letters::Range { start, len } => (0..rng.range(1, 1 + length / 2))
            .filter_map(|_| char::from_u32(start + rng.below(*len as usize) as u32))
            .collect(),
    }
}

// ----------------------------------------------------------------------------------------------
// The reference

/// Words of English interface text; the first [`FUNCTION_WORDS`] are the small ones.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    "the", "a", "to", "of", "and", "in", "for", "on", "with", "your", "this", "from", "or", "is", "be", "can", "will",
    "not", "all", "when", "you", "it", "are", "by", "at", "as", "more", "new", "any", "that", "these", "its", "save",
    "open", "close", "page", "tab", "tabs", "window", "windows", "file", "files", "folder", "download", "downloads",
    "bookmark", "bookmarks", "history", "search", "engine", "address", "bar", "toolbar", "sidebar", "menu",
    "settings", "account", "password", "passwords", "login", "logins", "private", "browsing", "tracking",
    "protection", "cookies", "site", "sites", "data", "cache", "storage", "permission", "permissions", "camera",
    "microphone", "location", "notification", "notifications", "extension", "extensions", "theme", "themes", "update",
    "updates", "restart", "install", "remove", "delete", "clear", "recent", "sync", "device", "devices", "connect",
    "disconnect", "sign", "signed", "email", "link", "links", "copy", "paste", "share", "print", "printer", "preview",
    "zoom", "reset", "default", "language", "languages", "translate", "translation", "reader", "view", "mode", "full",
    "screen", "picture", "video", "audio", "sound", "play", "pause", "mute", "block", "blocked", "allow", "allowed",
    "always", "never", "ask", "before", "after", "again", "learn", "about", "help", "support", "report", "issue",
    "problem", "error", "warning", "secure", "connection", "certificate", "website", "websites", "content", "image",
    "images", "text", "font", "fonts", "size", "color", "colors", "background", "startup", "home", "homepage", "show",
    "hide", "select", "choose", "import", "export", "browser", "profile", "profiles", "container", "containers",
    "session", "restore", "previous", "next", "back", "forward", "reload", "stop", "find", "results", "option",
    "options", "enable", "disable", "enabled", "disabled", "manage", "edit", "add", "change", "keep", "send",
    "receive", "message", "messages", "network", "proxy", "server", "local", "online", "offline", "time", "today",
    "yesterday", "week", "month", "older", "name", "username", "value", "type", "details", "list", "item", "items",
    "shortcut", "keyboard", "mouse", "scroll", "automatically", "manually", "recommended", "features", "experimental",
    "advanced", "general", "privacy", "security", "performance", "memory", "process", "processes", "developer",
    "tools", "console", "inspector", "debugger", "style", "editor", "request", "response", "headers", "payment",
    "card", "cards", "autofill", "form", "forms", "suggestions", "quick", "actions", "pocket", "screenshot", "pdf",
    "document", "documents", "annotation", "signature", "highlight", "note", "notes", "done", "cancel", "continue",
    "confirm", "try", "later", "now", "only", "other", "others", "some", "each", "every", "without", "into", "out",
];
const FUNCTION_WORDS: usize = 32;

/// Words for message ids, after the file's prefix: `panel-menu-save-as`.
#[rustfmt::skip]
const ID_WORDS: &[&str] = &[
    "menu", "panel", "button", "dialog", "title", "label", "description", "header", "footer", "item", "save", "as",
    "open", "close", "cancel", "confirm", "delete", "remove", "add", "edit", "copy", "paste", "share", "reload",
    "settings", "options", "account", "sync", "search", "history", "bookmark", "download", "tab", "window", "page",
    "site", "link", "image", "video", "audio", "file", "folder", "print", "zoom", "find", "select", "import",
    "export", "restore", "clear", "block", "allow", "learn-more", "warning", "error", "notice", "status", "toolbar",
    "sidebar", "context", "popup", "permission", "password", "login", "address", "card", "profile", "theme",
    "extension", "update", "privacy", "security", "tracking", "cookie", "cache", "storage", "notification", "camera",
    "microphone", "location", "language", "translation", "reader", "view", "mode", "private", "container", "intro",
    "heading", "subtitle", "message", "body", "link-text", "checkbox", "radio", "primary", "secondary", "more",
    "less", "all", "none", "new", "recent", "default", "custom", "manage", "details", "summary", "empty", "loading",
];

/// The folders of a product's localization.
#[rustfmt::skip]
const FOLDERS: &[&str] = &[
    "browser", "browser/preferences", "browser/panels", "browser/newtab", "browser/protections", "toolkit/global",
    "toolkit/about", "toolkit/printing", "toolkit/passwordmgr", "devtools/client", "devtools/shared",
    "devtools/client/netmonitor", "dom", "security/manager", "services/sync", "mobile/android",
];

/// File names; past the end of the list they come again with a number (`menubar-2.ftl`).
#[rustfmt::skip]
const STEMS: &[&str] = &[
    "menubar", "toolbar", "tabbrowser", "sidebar", "downloads", "places", "bookmarks", "history", "search", "addons",
    "preferences", "privacy", "sync", "passwords", "certificates", "profile", "printing", "screenshots",
    "reader-view", "pdf-viewer", "notifications", "permissions", "identity-panel", "protections", "webrtc",
    "translations", "migration-wizard", "shopping", "firefox-view", "customize", "about-dialog", "about-support",
    "about-crashes", "about-networking", "about-profiles", "about-telemetry", "about-logins", "app-menu",
    "context-menu", "page-info", "safe-mode", "reset-profile", "containers", "fonts", "colors", "languages",
    "connection", "home", "newtab", "onboarding", "unified-extensions", "url-bar", "find-bar", "picture-in-picture",
    "media", "autofill", "payments", "form-validation", "network-error", "cert-error", "inspector", "console",
    "debugger", "netmonitor", "style-editor", "performance", "memory", "storage", "accessibility", "application",
    "responsive", "toolbox", "components", "dialogs", "popup-notification", "site-data", "clear-data", "policies",
    "update-wizard", "studies", "experiments", "sync-setup", "device-manager", "send-tab", "share", "print-preview",
    "text-actions", "spell-check", "zoom", "sanitize", "permissions-dialog", "blocklists", "handlers", "fxa-menu",
];

/// A piece of a pattern.
#[derive(Clone)]
enum Piece {
    /// A word of [`WORDS`], and whether it starts a sentence.
    Word(u16, bool),
    Variable(&'static str),
    Term(&'static str),
    /// A reference to another message of the reference.
    Message(String),
    /// HTML-like markup around the words that follow, up to [`Piece::Close`].
    Open(&'static str),
    Close(&'static str),
    Number(u32),
    /// The end of a sentence: `.`.
    Stop,
    /// Text written the same in every language: a brand name.
    Literal(&'static str),
}

#[derive(Clone)]
enum Pattern {
    Text(Vec<Piece>),
    /// `{ $var -> [one] … *[other] … }`.
    Plural {
        variable: &'static str,
        one: Vec<Piece>,
        other: Vec<Piece>,
    },
    /// The access key of the entry's `.label`: its first letter.
    AccessKey,
}

#[derive(Clone)]
struct Entry {
    /// The id, with the `-` of a term.
    id: String,
    comment: Option<String>,
    /// A `##` group comment written before the entry.
    group: Option<String>,
    value: Option<Pattern>,
    attributes: Vec<(&'static str, Pattern)>,
}

impl Entry {
    fn is_term(&self) -> bool {
        self.id.starts_with('-')
    }

    fn has_placeable(&self) -> bool {
        let pieces = |pattern: &Pattern| match pattern {
            Pattern::Text(pieces) => pieces.iter().any(is_placeable),
            Pattern::Plural { .. } => true,
            Pattern::AccessKey => false,
        };
        self.value.iter().chain(self.attributes.iter().map(|(_, pattern)| pattern)).any(pieces)
    }

    fn variables(&self) -> BTreeSet<&'static str> {
        let mut found = BTreeSet::new();
        for pattern in self.value.iter().chain(self.attributes.iter().map(|(_, pattern)| pattern)) {
            let mut add = |pieces: &[Piece]| {
                found.extend(pieces.iter().filter_map(|piece| match piece {
                    Piece::Variable(name) => Some(*name),
                    _ => None,
                }))
            };
            match pattern {
                Pattern::Text(pieces) => add(pieces),
                Pattern::Plural { one, other, .. } => {
                    add(one);
                    add(other);
                }
                Pattern::AccessKey => {}
            }
        }
        found
    }
}

fn is_placeable(piece: &Piece) -> bool {
    matches!(piece, Piece::Variable(_) | Piece::Term(_) | Piece::Message(_))
}

struct File {
    /// The path inside a language's folder.
    path: String,
    /// A `###` comment after the license header.
    resource_comment: Option<String>,
    entries: Vec<Entry>,
}

struct Reference {
    files: Vec<File>,
    /// Every id of the reference, for obsolete ones not to collide with them.
    ids: BTreeSet<String>,
}

const TERMS: &[(&str, &str)] = &[
    ("-brand-shorter-name", "Nightly"),
    ("-brand-short-name", "Nightly"),
    ("-brand-full-name", "Firefox Nightly"),
    ("-brand-product-name", "Firefox"),
    ("-vendor-short-name", "Mozilla"),
    ("-fxaccount-brand-name", "Mozilla account"),
];
const VARIABLES: &[&str] =
    &["name", "count", "tabCount", "url", "host", "domain", "date", "size", "total", "percent", "email", "filename"];
const MARKUP: &[(&str, &str)] = &[
    ("<a data-l10n-name=\"link\">", "</a>"),
    ("<a data-l10n-name=\"learn-more\">", "</a>"),
    ("<strong>", "</strong>"),
    ("<span data-l10n-name=\"highlight\">", "</span>"),
];

impl Reference {
    fn generate(args: &Args) -> Reference {
        let mut rng = Rng::new(args.seed, "reference");
        let mut ids = BTreeSet::new();
        // Messages with a value, which others may refer to.
        let mut referable: Vec<String> = Vec::new();
        let mut files = Vec::new();
        for index in 0..args.files {
            let (path, prefix) = if index == 0 {
                ("toolkit/branding/brand.ftl".to_string(), "brand".to_string())
            } else {
                let stem = STEMS[(index - 1) % STEMS.len()];
                let round = (index - 1) / STEMS.len();
                let folder = FOLDERS[mix(fnv1a(stem.as_bytes()) ^ args.seed) as usize % FOLDERS.len()];
                let name = if round == 0 { stem.to_string() } else { format!("{stem}-{}", round + 1) };
                (format!("{folder}/{name}.ftl"), stem.split('-').next().unwrap_or(stem).to_string())
            };
            let mut entries = Vec::new();
            if index == 0 {
                for (id, value) in TERMS {
                    let mut term = Entry {
                        id: id.to_string(),
                        comment: None,
                        group: None,
                        value: Some(Pattern::Text(vec![Piece::Literal(value)])),
                        attributes: Vec::new(),
                    };
                    if id == &"-brand-shorter-name" {
                        term.group = Some("## Brand names, used in the other files; they are not translated.".into());
                    }
                    ids.insert(id.to_string());
                    entries.push(term);
                }
            }
            let mut until_group = if rng.chance(0.5) { 0 } else { rng.range(3, 10) };
            while entries.len() < args.messages {
                let id = new_id(&mut rng, &prefix, &ids);
                ids.insert(id.clone());
                let mut entry = message(&mut rng, id, &referable);
                if until_group == 0 {
                    entry.group = Some(format!("## {}", capitalized(&sentence_text(&mut rng, 2, 5))));
                    until_group = rng.range(4, 12);
                }
                until_group -= 1;
                if entry.value.is_some() {
                    referable.push(entry.id.clone());
                }
                entries.push(entry);
            }
            let resource_comment =
                rng.chance(0.4).then(|| format!("### {}.", capitalized(&sentence_text(&mut rng, 6, 16))));
            files.push(File { path, resource_comment, entries });
        }
        Reference { files, ids }
    }

    fn entry_count(&self) -> usize {
        self.files.iter().map(|file| file.entries.len()).sum()
    }
}

/// A message id not yet taken: the file's prefix and one to three id words.
fn new_id(rng: &mut Rng, prefix: &str, taken: &BTreeSet<String>) -> String {
    for attempt in 0.. {
        let mut id = prefix.to_string();
        for _ in 0..rng.range(1, 3) {
            id.push('-');
            id.push_str(rng.pick::<&str>(ID_WORDS));
        }
        if attempt >= 8 {
            id = format!("{id}-{attempt}");
        }
        if !taken.contains(&id) {
            return id;
        }
    }
    unreachable!()
}

/// A run of `low..=high` words, some of them small ones.
fn words(rng: &mut Rng, low: usize, high: usize, starts_sentence: bool) -> Vec<Piece> {
    (0..rng.range(low, high))
        .map(|index| {
            let word =
                if rng.chance(0.3) { rng.below(FUNCTION_WORDS) } else { rng.range(FUNCTION_WORDS, WORDS.len() - 1) };
            Piece::Word(word as u16, starts_sentence && index == 0)
        })
        .collect()
}

fn sentence_text(rng: &mut Rng, low: usize, high: usize) -> String {
    let pieces = words(rng, low, high, false);
    pieces
        .iter()
        .filter_map(|piece| if let Piece::Word(word, _) = piece { Some(WORDS[*word as usize]) } else { None })
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Text of `low..=high` words with, now and then, variables, terms, a message reference,
/// markup and a number.
fn text(rng: &mut Rng, low: usize, high: usize, referable: &[String], rich: bool) -> Vec<Piece> {
    let mut pieces = words(rng, low, high, true);
    if rich {
        let mut insert = |rng: &mut Rng, piece: Piece| {
            let at = rng.range(1, pieces.len());
            pieces.insert(at, piece);
        };
        if rng.chance(0.25) {
            for _ in 0..rng.range(1, 2) {
                let variable = *rng.pick(VARIABLES);
                insert(rng, Piece::Variable(variable));
            }
        }
        if rng.chance(0.12) {
            let term = rng.pick(&TERMS[1..5]).0;
            insert(rng, Piece::Term(term));
        }
        if rng.chance(0.04) && !referable.is_empty() {
            let id = rng.pick(referable).clone();
            insert(rng, Piece::Message(id));
        }
        if rng.chance(0.03) {
            let number = rng.range(2, 500) as u32;
            insert(rng, Piece::Number(number));
        }
        if rng.chance(0.07) && pieces.len() > 3 {
            let (open, close) = *rng.pick(MARKUP);
            let start = rng.range(1, pieces.len() - 2);
            let end = rng.range(start + 1, pieces.len());
            pieces.insert(end, Piece::Close(close));
            pieces.insert(start, Piece::Open(open));
        }
    }
    if high > 6 && rng.chance(0.6) {
        pieces.push(Piece::Stop);
    }
    pieces
}

/// One reference message: a value, attributes, or both, and perhaps a comment.
fn message(rng: &mut Rng, id: String, referable: &[String]) -> Entry {
    let mut entry = Entry { id, comment: None, group: None, value: None, attributes: Vec::new() };
    let roll = rng.unit();
    if roll < 0.15 {
        // A menu item or button: `.label`, `.accesskey`, perhaps `.tooltiptext`.
        let rich = rng.chance(0.2);
        entry.attributes.push(("label", Pattern::Text(text(rng, 1, 4, referable, rich))));
        if rng.chance(0.7) {
            entry.attributes.push(("accesskey", Pattern::AccessKey));
        }
        if rng.chance(0.3) {
            entry.attributes.push(("tooltiptext", Pattern::Text(text(rng, 3, 12, referable, true))));
        }
    } else {
        let value =
            if rng.chance(0.08) { plural(rng, referable) } else { Pattern::Text(text(rng, 3, 20, referable, true)) };
        entry.value = Some(value);
        if roll < 0.30 {
            let name = *rng.pick(&["title", "tooltiptext", "placeholder", "aria-label", "title"]);
            let rich = rng.chance(0.3);
            entry.attributes.push((name, Pattern::Text(text(rng, 2, 10, referable, rich))));
        }
    }
    let variables = entry.variables();
    if !variables.is_empty() && rng.chance(0.7) {
        let mut comment = "# Variables:".to_string();
        for variable in variables {
            let kind =
                if ["count", "tabCount", "size", "total", "percent"].contains(&variable) { "Number" } else { "String" };
            comment += &format!("\n#   ${variable} ({kind}) - {}", sentence_text(rng, 3, 9));
        }
        entry.comment = Some(comment);
    } else if rng.chance(0.2) {
        entry.comment = Some(format!("# {}.", capitalized(&sentence_text(rng, 6, 18))));
    }
    entry
}

fn plural(rng: &mut Rng, referable: &[String]) -> Pattern {
    let variable = *rng.pick(&["count", "tabCount", "total"]);
    let mut one = text(rng, 2, 10, referable, false);
    let mut other = one.clone();
    one.insert(rng.range(0, one.len()), Piece::Variable(variable));
    let swap = rng.range(FUNCTION_WORDS, WORDS.len() - 1) as u16;
    if let Some(Piece::Word(word, _)) = other.iter_mut().rev().find(|piece| matches!(piece, Piece::Word(..))) {
        *word = swap;
    }
    other.insert(rng.range(0, other.len()), Piece::Variable(variable));
    Pattern::Plural { variable, one, other }
}

// ----------------------------------------------------------------------------------------------
// Writing a language

/// What was done to one language, as `.gen-corpus.json` records it.
#[derive(Default, serde::Serialize)]
struct Faults {
    /// Reference messages and terms the language lacks, those in missing files and those a
    /// syntax error makes the parser skip included.
    missing: usize,
    missing_files: usize,
    missing_in_missing_files: usize,
    /// Obsolete messages in files the reference has.
    obsolete: usize,
    obsolete_files: usize,
    /// Messages in the obsolete files.
    obsolete_in_obsolete_files: usize,
    syntax_errors: usize,
    renamed_variables: usize,
}

struct Written {
    tag: String,
    files: usize,
    entries: usize,
    bytes: usize,
    faults: Faults,
}

/// What a language does to one entry.
#[derive(Default, Clone, Copy)]
struct Twist {
    /// Leave the `}` of its first placeable out.
    unclosed: bool,
    /// Rename this variable.
    renamed: Option<&'static str>,
    /// The entry is not the reference's.
    obsolete: bool,
}

const LICENSE: &str = "# This Source Code Form is subject to the terms of the Mozilla Public
# License, v. 2.0. If a copy of the MPL was not distributed with this
# file, You can obtain one at http://mozilla.org/MPL/2.0/.
";

#[rustfmt::skip]
const OBSOLETE_STEMS: &[&str] = &[
    "pocket", "colorways", "whatsnew", "aboutPrivateBrowsing-legacy", "firefox-relay", "old-onboarding",
    "monitor-panel", "activity-stream", "snippets", "feature-callout-legacy",
];

fn write_language(args: &Args, reference: &Reference, tag: &str, is_reference: bool) -> Result<Written> {
    let language = Language::new(tag, args.seed);
    let mut rng = Rng::new(args.seed, &format!("faults {tag}"));
    let mut faults = Faults::default();
    let mut written = Written { tag: tag.to_string(), files: 0, entries: 0, bytes: 0, faults: Faults::default() };
    let mut taken = reference.ids.clone();
    let rate = 0.05 + 0.30 * rng.unit();
    let file_rate = rate / 4.0;
    let message_rate = (rate - file_rate) / (1.0 - file_rate);
    let root = args.out.join(tag);

    for (index, file) in reference.files.iter().enumerate() {
        if !is_reference && index > 0 && rng.chance(file_rate) {
            faults.missing_files += 1;
            faults.missing_in_missing_files += file.entries.len();
            faults.missing += file.entries.len();
            continue;
        }
        let mut kept: Vec<(Entry, Twist)> = Vec::new();
        for entry in &file.entries {
            if is_reference {
                kept.push((entry.clone(), Twist::default()));
                continue;
            }
            if !entry.is_term() && rng.chance(message_rate) {
                faults.missing += 1;
                // A group comment stays, as it does when a translator has not got to a section.
                if let Some(group) = &entry.group {
                    kept.push((comment_only(group), Twist::default()));
                }
                continue;
            }
            let mut twist = Twist::default();
            let variables = entry.variables();
            if !variables.is_empty() && rng.chance(0.01) {
                twist.renamed = variables.iter().nth(rng.below(variables.len())).copied();
                faults.renamed_variables += 1;
            }
            kept.push((entry.clone(), twist));
            if rng.chance(0.02) {
                let prefix = file.path.rsplit('/').next().unwrap_or("old").trim_end_matches(".ftl");
                let id = new_id(&mut rng, prefix.split('-').next().unwrap_or(prefix), &taken);
                taken.insert(id.clone());
                kept.push((message(&mut rng, id, &[]), Twist { obsolete: true, ..Twist::default() }));
                faults.obsolete += 1;
            }
        }
        if !is_reference && index > 0 && rng.chance(0.005) {
            let candidates: Vec<usize> =
                (0..kept.len()).filter(|&at| !kept[at].1.obsolete && kept[at].0.has_placeable()).collect();
            if !candidates.is_empty() {
                let at = candidates[rng.below(candidates.len())];
                kept[at].1.unclosed = true;
                faults.syntax_errors += 1;
                faults.missing += 1;
            }
        }
        let text = render_file(&language, is_reference, file.resource_comment.as_deref(), &kept, &mut written);
        write(&root.join(&file.path), &text, &mut written)?;
    }

    if !is_reference {
        let count = match rng.unit() {
            u if u < 0.75 => 0,
            u if u < 0.95 => 1,
            _ => 2,
        };
        for _ in 0..count {
            let stem = rng.pick(OBSOLETE_STEMS);
            let path = format!("{}/{stem}.ftl", rng.pick(FOLDERS));
            if reference.files.iter().any(|file| file.path == path) || root.join(&path).exists() {
                continue;
            }
            let mut entries = Vec::new();
            for _ in 0..rng.range(5, 20) {
                let id = new_id(&mut rng, stem.split('-').next().unwrap_or(stem), &taken);
                taken.insert(id.clone());
                entries.push((message(&mut rng, id, &[]), Twist::default()));
            }
            faults.obsolete_files += 1;
            faults.obsolete_in_obsolete_files += entries.len();
            let text = render_file(&language, false, None, &entries, &mut written);
            write(&root.join(&path), &text, &mut written)?;
        }
    }
    written.faults = faults;
    Ok(written)
}

/// An entry that is only its group comment.
fn comment_only(group: &str) -> Entry {
    Entry { id: String::new(), comment: None, group: Some(group.to_string()), value: None, attributes: Vec::new() }
}

fn write(path: &Path, text: &str, written: &mut Written) -> Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    }
    fs::write(path, text).with_context(|| format!("writing {}", path.display()))?;
    written.files += 1;
    written.bytes += text.len();
    Ok(())
}

fn render_file(
    language: &Language,
    is_reference: bool,
    resource_comment: Option<&str>,
    entries: &[(Entry, Twist)],
    written: &mut Written,
) -> String {
    let mut out = String::with_capacity(entries.len() * 200);
    out += LICENSE;
    if let Some(comment) = resource_comment {
        out += "\n";
        out += comment;
        out += "\n";
    }
    for (entry, twist) in entries {
        if let Some(group) = &entry.group {
            out += "\n";
            out += group;
            out += "\n";
        }
        if entry.id.is_empty() {
            continue;
        }
        out += "\n";
        if let Some(comment) = &entry.comment {
            out += comment;
            out += "\n";
        }
        let mut writer = Writer { language, is_reference, twist: *twist, out: &mut out, label_key: None };
        writer.entry(entry);
        written.entries += 1;
    }
    out
}

/// Writes one entry in a language.
struct Writer<'a> {
    language: &'a Language,
    is_reference: bool,
    twist: Twist,
    out: &'a mut String,
    /// The first letter of the `.label`, for the `.accesskey`.
    label_key: Option<char>,
}

impl Writer<'_> {
    fn entry(&mut self, entry: &Entry) {
        *self.out += &entry.id;
        *self.out += " =";
        if let Some(value) = &entry.value {
            self.pattern(value, 4, entry.is_term());
        }
        self.out.push('\n');
        for (name, pattern) in &entry.attributes {
            *self.out += "    .";
            *self.out += name;
            *self.out += " =";
            self.pattern(pattern, 8, false);
            self.out.push('\n');
        }
    }

    /// A pattern after `=`, its continuation lines indented by `indent`.
    fn pattern(&mut self, pattern: &Pattern, indent: usize, is_term: bool) {
        match pattern {
            Pattern::Text(pieces) => {
                let tokens = self.tokens(pieces, is_term);
                let first_letter = tokens.iter().flat_map(|(_, token)| token.chars()).find(|c| c.is_alphabetic());
                self.label_key = first_letter.and_then(|c| c.to_uppercase().next());
                let length: usize = tokens.iter().map(|(glue, token)| glue.len() + token.chars().count()).sum();
                // Long text goes on lines of its own, broken between words, as editors wrap it.
                if length > 90 {
                    let pad = " ".repeat(indent);
                    let mut width = 0;
                    *self.out += "\n";
                    *self.out += &pad;
                    for (index, (glue, token)) in tokens.iter().enumerate() {
                        let wide = token.chars().count();
                        if index > 0 && !glue.is_empty() && width + wide >= 80 && can_start_line(token) {
                            *self.out += "\n";
                            *self.out += &pad;
                            width = 0;
                        } else if index > 0 {
                            *self.out += glue;
                            width += glue.len();
                        }
                        *self.out += token;
                        width += wide;
                    }
                } else {
                    self.out.push(' ');
                    for (glue, token) in &tokens {
                        *self.out += glue;
                        *self.out += token;
                    }
                }
            }
            Pattern::Plural { variable, one, other } => {
                let pad = " ".repeat(indent);
                let categories: &[&str] = if self.is_reference { &["one", "other"] } else { &self.language.plurals };
                *self.out += &format!("\n{pad}{{ ${variable} ->");
                for category in categories {
                    let pieces = if *category == "one" { one } else { other };
                    let star = if *category == "other" { "*" } else { " " };
                    let line: String = self
                        .tokens(pieces, false)
                        .into_iter()
                        .flat_map(|(glue, token)| [glue.to_string(), token])
                        .collect();
                    *self.out += &format!("\n{pad}   {star}[{category}] {line}");
                }
                *self.out += &format!("\n{pad}}}");
            }
            Pattern::AccessKey => {
                self.out.push(' ');
                self.out.push(self.label_key.unwrap_or('A'));
            }
        }
    }

    /// The pieces in this language, each with what separates it from the one before: a
    /// space, or nothing.
    fn tokens(&mut self, pieces: &[Piece], is_term: bool) -> Vec<(&'static str, String)> {
        let mut tokens = Vec::with_capacity(pieces.len());
        let mut previous: Option<&Piece> = None;
        for piece in pieces {
            let glue = match (previous, piece) {
                (None, _) | (_, Piece::Stop) | (_, Piece::Close(_)) | (Some(Piece::Open(_)), _) => "",
                (Some(Piece::Word(..)), Piece::Word(..)) if !self.language.spaced && !self.is_reference => "",
                _ => " ",
            };
            let token = match piece {
                Piece::Word(word, starts) if self.is_reference || is_term => {
                    let english = WORDS[*word as usize];
                    if *starts { capitalized(english) } else { english.to_string() }
                }
                Piece::Word(word, starts) => {
                    let word = &self.language.words[*word as usize];
                    if *starts && self.language.cased { capitalized(word) } else { word.clone() }
                }
                Piece::Variable(name) => {
                    let renamed = self.twist.renamed == Some(*name);
                    let name = if renamed { format!("{name}Value") } else { name.to_string() };
                    format!("{{ ${name}{}", self.closing())
                }
                Piece::Term(name) => format!("{{ {name}{}", self.closing()),
                Piece::Message(id) => format!("{{ {id}{}", self.closing()),
                Piece::Open(tag) | Piece::Close(tag) => tag.to_string(),
                Piece::Number(number) => number.to_string(),
                Piece::Stop => (if self.language.spaced || self.is_reference { "." } else { "。" }).to_string(),
                Piece::Literal(text) => text.to_string(),
            };
            tokens.push((glue, token));
            previous = Some(piece);
        }
        tokens
    }

    /// ` }`, or, once, nothing: the syntax error.
    fn closing(&mut self) -> &'static str {
        if std::mem::take(&mut self.twist.unclosed) { "" } else { " }" }
    }
}

/// Whether a continuation line may start with this text: not with `[`, `*`, `.` or `}`.
fn can_start_line(chunk: &str) -> bool {
    !chunk.starts_with(['[', '*', '.', '}'])
}
