//! The last word of a firm's or a body's name that says it is one: its legal form
//! (« Zorvex SA », "Varnek AG", "Tamber Inc"), its trade ("Tamber Recordings", « Varnel
//! Transports », "Orvik Airlines") or the body of people it is ("Orvik Orchestra", "the 4th
//! Regiment"). Its vote is `super::name_votes`'.

/// A company's legal form, as it closes the company's name: « SA », « SAS », "AG", "GmbH",
/// "NV", "SpA", "Oyj", "plc", "Inc".
pub(super) fn is_legal_form(key: &str) -> bool {
    matches!(
        key,
        "sa" | "sas"
            | "sarl"
            | "sca"
            | "ag"
            | "gmbh"
            | "kgaa"
            | "nv"
            | "bv"
            | "spa"
            | "srl"
            | "ab"
            | "asa"
            | "oyj"
            | "plc"
            | "inc"
            | "ltd"
            | "llc"
            | "corp"
    )
}

/// A trade or a body of people, as it closes the name of a firm or a body: "Records",
/// "Airlines", "Partners", "Exchange", "Orchestra", "Regiment", « Transports », « Orchestre ».
pub(super) fn is_body_or_trade(key: &str) -> bool {
    matches!(
        key,
        "records"
            | "exchange"
            | "bros"
            | "zeitung"
            | "recordings"
            | "books"
            | "publishing"
            | "publishers"
            | "airlines"
            | "airways"
            | "motors"
            | "motorsports"
            | "transport"
            | "transports"
            | "partners"
            | "holdings"
            | "investments"
            | "industries"
            | "enterprises"
            | "associates"
            | "technologies"
            | "systems"
            | "solutions"
            | "laboratories"
            | "pharmaceuticals"
            | "studios"
            | "productions"
            | "entertainment"
            | "communications"
            | "insurance"
            | "assurances"
            | "securities"
            | "orchestra"
            | "orchestre"
            | "regiment"
            | "régiment"
            | "brigade"
            | "battalion"
            | "bataillon"
            | "squadron"
            | "escadron"
            | "fleet"
            | "flotte"
            | "brotherhood"
    )
}
