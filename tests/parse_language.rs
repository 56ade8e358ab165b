//! Language detection for text that does not declare its language. The
//! articles are fictional (invented towns, people and outlets), written for
//! these tests in each language.

use parallax::internals::detect_language as detect;
use parallax::model::{InputFormat, ParseOptions};

fn text_options() -> ParseOptions {
    ParseOptions { format: InputFormat::Text, ..Default::default() }
}

fn language_of_article(input: &str) -> Option<String> {
    parallax::parse(input, &text_options()).expect("parses").language
}

const ENGLISH: &str = "Ferry service resumes in Valdor\n\nThe ferry between Valdor and the island of Marren resumed on Tuesday after a week of storms, the harbour authority said. About 40 passengers were on the first crossing, which left at dawn.\n\n“We have been waiting for this,” said Ida Marsh, who runs a bakery on the island. The authority said it would add two more crossings a day from next month.";

const GERMAN: &str = "Fähre nach Marren fährt wieder\n\nDie Fähre zwischen Valdor und der Insel Marren ist am Dienstag nach einer Woche mit Stürmen wieder gefahren, wie die Hafenbehörde mitteilte. Rund 40 Fahrgäste waren bei der ersten Überfahrt an Bord.\n\n„Wir haben lange darauf gewartet“, sagte Ida Marsch, die auf der Insel eine Bäckerei betreibt. Die Behörde will ab dem nächsten Monat zwei weitere Fahrten am Tag anbieten.";

const FRENCH: &str = "Le ferry pour Marren reprend du service\n\nLe ferry entre Valdor et l’île de Marren a repris mardi après une semaine de tempêtes, selon l’autorité portuaire. Une quarantaine de passagers étaient à bord de la première traversée, qui est partie à l’aube.\n\n« Nous attendions cela depuis longtemps », a déclaré Ida Marsh, qui tient une boulangerie sur l’île. L’autorité a annoncé deux traversées de plus par jour dès le mois prochain.";

const SPANISH: &str = "Vuelve el ferry a Marren\n\nEl ferry entre Valdor y la isla de Marren volvió a funcionar el martes después de una semana de tormentas, según la autoridad portuaria. Unos 40 pasajeros viajaban en el primer trayecto, que salió al amanecer.\n\n«Llevábamos mucho tiempo esperando esto», dijo Ida Marsh, que tiene una panadería en la isla. La autoridad anunció dos trayectos más por día desde el próximo mes.";

const PORTUGUESE: &str = "Balsa para Marren volta a operar\n\nA balsa entre Valdor e a ilha de Marren voltou a operar na terça-feira, após uma semana de tempestades, segundo a autoridade portuária. Cerca de 40 passageiros estavam na primeira travessia, que saiu ao amanhecer.\n\n“Esperávamos por isso há muito tempo”, disse Ida Marsh, que tem uma padaria na ilha. A autoridade anunciou mais duas travessias por dia a partir do próximo mês.";

const ITALIAN: &str = "Il traghetto per Marren torna in servizio\n\nIl traghetto tra Valdor e l’isola di Marren è tornato in servizio martedì dopo una settimana di tempeste, secondo l’autorità portuale. Circa 40 passeggeri erano a bordo della prima traversata, partita all’alba.\n\n«Lo aspettavamo da tempo», ha detto Ida Marsh, che gestisce un forno sull’isola. L’autorità ha annunciato due traversate in più al giorno dal mese prossimo.";

const DUTCH: &str = "Veerboot naar Marren vaart weer\n\nDe veerboot tussen Valdor en het eiland Marren is dinsdag na een week met stormen weer gaan varen, zei de havenautoriteit. Ongeveer 40 passagiers waren aan boord van de eerste overtocht, die bij zonsopgang vertrok.\n\n‘Hier hebben we lang op gewacht’, zei Ida Marsh, die op het eiland een bakkerij heeft. De autoriteit wil vanaf volgende maand twee extra overtochten per dag laten varen.";

#[test]
fn latin_script_languages_from_their_function_words() {
    for (input, tag) in [
        (ENGLISH, "en"),
        (GERMAN, "de"),
        (FRENCH, "fr"),
        (SPANISH, "es"),
        (PORTUGUESE, "pt"),
        (ITALIAN, "it"),
        (DUTCH, "nl"),
    ] {
        assert_eq!(language_of_article(input).as_deref(), Some(tag), "{input}");
    }
}

#[test]
fn decisive_scripts() {
    for (input, tag) in [
        ("Паром снова ходит\n\nПаром между Валдором и островом Маррен во вторник снова вышел в рейс после недели штормов, сообщили в портовом управлении.", "ru"),
        ("Пором знову курсує\n\nПором між Валдором і островом Маррен у вівторок знову вийшов у рейс після тижня штормів, повідомили в портовій адміністрації.", "uk"),
        ("Το πλοίο επιστρέφει\n\nΤο πλοίο μεταξύ Βάλντορ και του νησιού Μάρεν ξεκίνησε ξανά την Τρίτη μετά από μια εβδομάδα καταιγίδων.", "el"),
        ("המעבורת חוזרת\n\nהמעבורת בין ולדור לאי מארן חזרה לפעול ביום שלישי אחרי שבוע של סערות, כך נמסר מרשות הנמל.", "he"),
        ("عودة العبارة\n\nعادت العبارة بين فالدور وجزيرة مارين إلى العمل يوم الثلاثاء بعد أسبوع من العواصف، بحسب سلطة الميناء.", "ar"),
        ("بازگشت کشتی\n\nکشتی میان والدور و جزیره مارن روز سه‌شنبه پس از یک هفته طوفان دوباره به راه افتاد.", "fa"),
        ("渡轮恢复运营\n\n瓦尔多与马伦岛之间的渡轮在经历一周风暴后于周二恢复运营，港务局表示首班约有四十名乘客。", "zh"),
        ("フェリーが再開\n\nヴァルドールとマレン島を結ぶフェリーは、一週間の嵐の後、火曜日に運航を再開したと港湾局が発表した。", "ja"),
        ("여객선 운항 재개\n\n발도르와 마렌 섬을 잇는 여객선이 일주일간의 폭풍 끝에 화요일 운항을 재개했다고 항만청이 밝혔다.", "ko"),
    ] {
        assert_eq!(language_of_article(input).as_deref(), Some(tag), "{input}");
    }
}

#[test]
fn short_text_gives_no_language() {
    for input in [
        "Ferry resumes\n\nThe ferry is back.",
        "Die Fähre fährt wieder.",
        "Le ferry repart.",
        "Паром снова ходит.",
        "渡轮恢复。",
    ] {
        assert_eq!(language_of_article(input), None, "{input}");
    }
}

#[test]
fn mixed_or_unprofiled_text_gives_no_language() {
    // Half English, half German: neither profile leads by enough.
    let mixed = format!(
        "{}\n\n{}",
        &ENGLISH[ENGLISH.find("\n\n").unwrap() + 2..],
        &GERMAN[GERMAN.find("\n\n").unwrap() + 2..]
    );
    assert_eq!(detect(&mixed), None);
    // Half Latin, half Cyrillic letters: no script dominates.
    let scripts = format!(
        "{} {}",
        "The ferry between Valdor and Marren resumed on Tuesday.",
        "Паром между Валдором и Марреном снова ходит с вторника."
    );
    assert_eq!(detect(&scripts), None);
    // Polish shares almost no function words with the profiles.
    let polish = "Prom między Valdorem a wyspą Marren wrócił we wtorek po tygodniu sztormów, poinformował zarząd portu. Na pokładzie pierwszego rejsu było około czterdziestu pasażerów, którzy wypłynęli o świcie.";
    assert_eq!(detect(polish), None);
    // Bulgarian has none of the letters that set Russian or Ukrainian apart.
    let bulgarian = "Фериботът между Валдор и остров Марен отново тръгна във вторник след седмица на бури, съобщиха от пристанището.";
    assert_eq!(detect(bulgarian), None);
    // Numbers and names only.
    assert_eq!(
        detect("40 40 40 Valdor Marren Ida Marsh 2024 2025 Valdor Marren Ida Marsh Valdor Marren"),
        None
    );
}

#[test]
fn a_foreign_phrase_does_not_change_an_english_article() {
    let input = format!(
        "{ENGLISH}\n\nThe harbour's motto, “Die Fähre fährt immer”, was painted on the new pier."
    );
    assert_eq!(language_of_article(&input).as_deref(), Some("en"));
}

#[test]
fn html_keeps_the_declared_language_and_detects_otherwise() {
    let body = "<p>Le ferry entre Valdor et l’île de Marren a repris mardi après une semaine de tempêtes, selon l’autorité portuaire. Une quarantaine de passagers étaient à bord de la première traversée, qui est partie à l’aube.</p>";
    let declared = format!("<!doctype html><html lang=\"fr-CA\"><head><title>Le ferry reprend</title></head><body><article><h1>Le ferry reprend</h1>{body}</article></body></html>");
    let undeclared = format!("<!doctype html><html><head><title>Le ferry reprend</title></head><body><article><h1>Le ferry reprend</h1>{body}</article></body></html>");
    let options = ParseOptions { format: InputFormat::Html, ..Default::default() };
    assert_eq!(parallax::parse(&declared, &options).unwrap().language.as_deref(), Some("fr-CA"));
    assert_eq!(parallax::parse(&undeclared, &options).unwrap().language.as_deref(), Some("fr"));
}

#[test]
fn hard_input_gives_no_language_rather_than_a_guess() {
    // Words split by odd characters, emoji, CRLF, combining marks and long
    // runs: none of it is enough text in one language to name it, and a
    // wrong guess would mislabel the article.
    for input in [
        "\u{301}\u{301}\u{301}",
        "a\u{200b}b\r\nc",
        "🚀 the of and to in 🚀",
        &"é".repeat(10_000),
        &"ﬀ".repeat(100),
        "İ".repeat(40).as_str(),
    ] {
        assert_eq!(detect(input), None, "{:?}", input.chars().take(12).collect::<String>());
    }
}
