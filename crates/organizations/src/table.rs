//! The curated table of well-known organizations, written for newsx: surface forms, canonical name,
//! acronym and kind. Entries whose names are also ordinary words or other things ("Apple", "Shell",
//! "Meta") are only used to name and classify a mention the tagger already marked as an
//! organization; the others are also found in untagged text.

use crate::Kind;

/// One well-known organization.
#[derive(Debug, Clone, Copy)]
pub struct Known {
    /// How it is written (case-sensitive, without a leading "the").
    pub surfaces: &'static [&'static str],
    /// The name every mention is merged under.
    pub canonical: &'static str,
    /// Its acronym, or "".
    pub acronym: &'static str,
    /// What it is.
    pub kind: Kind,
    /// Found in text the tagger left untagged.
    pub detect: bool,
}

const fn k(
    surfaces: &'static [&'static str],
    canonical: &'static str,
    acronym: &'static str,
    kind: Kind,
) -> Known {
    Known {
        surfaces,
        canonical,
        acronym,
        kind,
        detect: true,
    }
}

/// Only when the tagger says ORG.
const fn tagged(surfaces: &'static [&'static str], canonical: &'static str, kind: Kind) -> Known {
    Known {
        surfaces,
        canonical,
        acronym: "",
        kind,
        detect: false,
    }
}

use Kind::{Company, Education, Government, International, Media, Other, PoliticalParty, Sports};

/// The table.
#[rustfmt::skip]
pub const KNOWN: &[Known] = &[
    // International bodies.
    k(&["United Nations", "UN", "U.N."], "United Nations", "UN", International),
    k(&["UN Security Council", "U.N. Security Council", "United Nations Security Council", "UNSC"], "United Nations Security Council", "UNSC", International),
    k(&["UN General Assembly", "U.N. General Assembly", "United Nations General Assembly", "UNGA"], "United Nations General Assembly", "UNGA", International),
    k(&["UNICEF"], "UNICEF", "UNICEF", International),
    k(&["UNESCO"], "UNESCO", "UNESCO", International),
    k(&["UNHCR", "UN refugee agency"], "UNHCR", "UNHCR", International),
    k(&["UNRWA"], "UNRWA", "UNRWA", International),
    k(&["UNDP"], "United Nations Development Programme", "UNDP", International),
    k(&["World Health Organization", "World Health Organisation", "WHO"], "World Health Organization", "WHO", International),
    k(&["World Trade Organization", "World Trade Organisation", "WTO"], "World Trade Organization", "WTO", International),
    k(&["International Monetary Fund", "IMF"], "International Monetary Fund", "IMF", International),
    k(&["World Bank"], "World Bank", "", International),
    k(&["World Food Programme", "World Food Program", "WFP"], "World Food Programme", "WFP", International),
    k(&["Food and Agriculture Organization", "FAO"], "Food and Agriculture Organization", "FAO", International),
    k(&["International Labour Organization", "International Labor Organization", "ILO"], "International Labour Organization", "ILO", International),
    k(&["International Atomic Energy Agency", "IAEA"], "International Atomic Energy Agency", "IAEA", International),
    k(&["International Criminal Court", "ICC"], "International Criminal Court", "ICC", International),
    k(&["International Court of Justice", "ICJ"], "International Court of Justice", "ICJ", International),
    k(&["International Committee of the Red Cross", "ICRC", "Red Cross"], "International Committee of the Red Cross", "ICRC", International),
    k(&["Interpol"], "Interpol", "", International),
    k(&["NATO", "North Atlantic Treaty Organization", "Nato"], "NATO", "NATO", International),
    k(&["European Union", "EU", "E.U."], "European Union", "EU", International),
    k(&["European Commission"], "European Commission", "", International),
    k(&["European Parliament"], "European Parliament", "", International),
    k(&["European Council"], "European Council", "", International),
    k(&["Council of Europe"], "Council of Europe", "", International),
    k(&["European Central Bank", "ECB"], "European Central Bank", "ECB", International),
    k(&["Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe", "OSCE"], "Organization for Security and Co-operation in Europe", "OSCE", International),
    k(&["OPEC", "Organization of the Petroleum Exporting Countries", "OPEC+"], "OPEC", "OPEC", International),
    k(&["OECD", "Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"], "OECD", "OECD", International),
    k(&["G7", "G-7", "Group of Seven"], "G7", "G7", International),
    k(&["G20", "G-20", "Group of 20"], "G20", "G20", International),
    k(&["BRICS"], "BRICS", "BRICS", International),
    k(&["ASEAN", "Association of Southeast Asian Nations"], "ASEAN", "ASEAN", International),
    k(&["African Union", "AU"], "African Union", "AU", International),
    k(&["Arab League"], "Arab League", "", International),
    k(&["Gulf Cooperation Council", "GCC"], "Gulf Cooperation Council", "GCC", International),
    k(&["Shanghai Cooperation Organization", "Shanghai Cooperation Organisation", "SCO"], "Shanghai Cooperation Organization", "SCO", International),
    k(&["Commonwealth of Independent States", "CIS"], "Commonwealth of Independent States", "CIS", International),
    k(&["Eurasian Economic Union", "EAEU", "EEU"], "Eurasian Economic Union", "EAEU", International),
    k(&["Collective Security Treaty Organization", "CSTO"], "Collective Security Treaty Organization", "CSTO", International),
    k(&["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"], "Organisation of Islamic Cooperation", "OIC", International),
    k(&["Mercosur"], "Mercosur", "", International),
    k(&["APEC", "Asia-Pacific Economic Cooperation"], "APEC", "APEC", International),
    // Sports bodies.
    k(&["International Olympic Committee", "IOC"], "International Olympic Committee", "IOC", Sports),
    k(&["FIFA"], "FIFA", "FIFA", Sports),
    k(&["UEFA"], "UEFA", "UEFA", Sports),
    k(&["NBA"], "NBA", "NBA", Sports),
    k(&["NFL"], "NFL", "NFL", Sports),
    // Governments and state bodies.
    k(&["Kremlin"], "Kremlin", "", Government),
    k(&["White House"], "White House", "", Government),
    k(&["Pentagon"], "Pentagon", "", Government),
    k(&["Downing Street"], "Downing Street", "", Government),
    k(&["Capitol Hill"], "Capitol Hill", "", Government),
    k(&["Whitehall"], "Whitehall", "", Government),
    k(&["Zhongnanhai"], "Zhongnanhai", "", Government),
    k(&["Elysee", "Élysée", "Elysee Palace", "Élysée Palace"], "Elysee", "", Government),
    k(&["State Department", "US State Department", "U.S. State Department"], "State Department", "", Government),
    k(&["Congress", "US Congress", "U.S. Congress"], "Congress", "", Government),
    k(&["Senate", "US Senate", "U.S. Senate"], "Senate", "", Government),
    k(&["House of Representatives"], "House of Representatives", "", Government),
    k(&["Supreme Court"], "Supreme Court", "", Government),
    k(&["Electoral College"], "Electoral College", "", Government),
    k(&["Federal Bureau of Investigation", "FBI"], "Federal Bureau of Investigation", "FBI", Government),
    k(&["Central Intelligence Agency", "CIA"], "Central Intelligence Agency", "CIA", Government),
    k(&["National Security Agency", "NSA"], "National Security Agency", "NSA", Government),
    k(&["Department of Homeland Security", "Homeland Security Department", "DHS"], "Department of Homeland Security", "DHS", Government),
    k(&["Justice Department", "Department of Justice", "DOJ"], "Department of Justice", "DOJ", Government),
    k(&["Department of Defense", "Defense Department", "DoD"], "Department of Defense", "DoD", Government),
    k(&["Centers for Disease Control and Prevention", "Centers for Disease Control", "CDC"], "Centers for Disease Control and Prevention", "CDC", Government),
    k(&["Food and Drug Administration", "FDA"], "Food and Drug Administration", "FDA", Government),
    k(&["Environmental Protection Agency", "EPA"], "Environmental Protection Agency", "EPA", Government),
    k(&["NASA"], "NASA", "NASA", Government),
    k(&["Securities and Exchange Commission", "SEC"], "Securities and Exchange Commission", "SEC", Government),
    k(&["Federal Reserve", "Fed"], "Federal Reserve", "", Government),
    k(&["Internal Revenue Service", "IRS"], "Internal Revenue Service", "IRS", Government),
    k(&["Federal Aviation Administration", "FAA"], "Federal Aviation Administration", "FAA", Government),
    k(&["Federal Trade Commission", "FTC"], "Federal Trade Commission", "FTC", Government),
    k(&["Immigration and Customs Enforcement", "ICE"], "Immigration and Customs Enforcement", "ICE", Government),
    k(&["Drug Enforcement Administration", "DEA"], "Drug Enforcement Administration", "DEA", Government),
    k(&["Secret Service"], "Secret Service", "", Government),
    k(&["Bundestag"], "Bundestag", "", Government),
    k(&["State Duma", "Duma"], "State Duma", "", Government),
    k(&["Knesset"], "Knesset", "", Government),
    k(&["Federal Security Service", "FSB"], "Federal Security Service", "FSB", Government),
    k(&["KGB"], "KGB", "KGB", Government),
    k(&["Mossad"], "Mossad", "", Government),
    k(&["MI5"], "MI5", "MI5", Government),
    k(&["MI6"], "MI6", "MI6", Government),
    k(&["GCHQ"], "GCHQ", "GCHQ", Government),
    k(&["National Health Service", "NHS"], "National Health Service", "NHS", Government),
    k(&["Bank of England"], "Bank of England", "", Government),
    k(&["Bank of Japan"], "Bank of Japan", "", Government),
    k(&["People's Bank of China"], "People's Bank of China", "", Government),
    // Political parties.
    k(&["Republican Party", "GOP"], "Republican Party", "GOP", PoliticalParty),
    k(&["Democratic Party"], "Democratic Party", "", PoliticalParty),
    k(&["Democratic National Committee", "DNC"], "Democratic National Committee", "DNC", PoliticalParty),
    k(&["Republican National Committee", "RNC"], "Republican National Committee", "RNC", PoliticalParty),
    k(&["Labour Party"], "Labour Party", "", PoliticalParty),
    k(&["Conservative Party"], "Conservative Party", "", PoliticalParty),
    k(&["Liberal Democrats"], "Liberal Democrats", "", PoliticalParty),
    k(&["Scottish National Party", "SNP"], "Scottish National Party", "SNP", PoliticalParty),
    k(&["Christian Democratic Union", "CDU"], "Christian Democratic Union", "CDU", PoliticalParty),
    k(&["Social Democratic Party", "SPD"], "Social Democratic Party", "SPD", PoliticalParty),
    k(&["Alternative for Germany", "AfD"], "Alternative for Germany", "AfD", PoliticalParty),
    k(&["United Russia"], "United Russia", "", PoliticalParty),
    k(&["Chinese Communist Party", "Communist Party of China", "CCP"], "Chinese Communist Party", "CCP", PoliticalParty),
    k(&["Bharatiya Janata Party", "BJP"], "Bharatiya Janata Party", "BJP", PoliticalParty),
    k(&["African National Congress", "ANC"], "African National Congress", "ANC", PoliticalParty),
    k(&["Likud"], "Likud", "", PoliticalParty),
    k(&["Fidesz"], "Fidesz", "", PoliticalParty),
    // Armed and militant groups.
    k(&["Hamas"], "Hamas", "", Other),
    k(&["Hezbollah"], "Hezbollah", "", Other),
    k(&["Taliban"], "Taliban", "", Other),
    k(&["Islamic State", "ISIS", "ISIL"], "Islamic State", "ISIS", Other),
    k(&["al-Qaeda", "al Qaeda", "Al-Qaeda", "Al Qaeda"], "al-Qaeda", "", Other),
    // News organisations.
    k(&["Reuters"], "Reuters", "", Media),
    k(&["Associated Press", "AP"], "Associated Press", "AP", Media),
    k(&["Agence France-Presse", "Agence France Presse", "AFP"], "Agence France-Presse", "AFP", Media),
    k(&["TASS"], "TASS", "", Media),
    k(&["RIA Novosti"], "RIA Novosti", "", Media),
    k(&["Interfax"], "Interfax", "", Media),
    k(&["Xinhua"], "Xinhua", "", Media),
    k(&["Kyodo"], "Kyodo", "", Media),
    k(&["Yonhap"], "Yonhap", "", Media),
    k(&["Anadolu Agency", "Anadolu"], "Anadolu Agency", "", Media),
    k(&["ANSA"], "ANSA", "", Media),
    k(&["IRNA"], "IRNA", "", Media),
    k(&["Ukrinform"], "Ukrinform", "", Media),
    k(&["BelTA"], "BelTA", "", Media),
    k(&["Azertac", "AZERTAC", "AzerTAc"], "Azertac", "", Media),
    k(&["MENAFN"], "MENAFN", "", Media),
    k(&["Bloomberg News"], "Bloomberg News", "", Media),
    k(&["CNN"], "CNN", "", Media),
    k(&["BBC"], "BBC", "", Media),
    k(&["Fox News"], "Fox News", "", Media),
    k(&["MSNBC"], "MSNBC", "", Media),
    k(&["CNBC"], "CNBC", "", Media),
    k(&["NPR"], "NPR", "", Media),
    k(&["Al Jazeera"], "Al Jazeera", "", Media),
    k(&["Sky News"], "Sky News", "", Media),
    k(&["New York Times"], "New York Times", "", Media),
    k(&["Washington Post"], "Washington Post", "", Media),
    k(&["Wall Street Journal", "WSJ"], "Wall Street Journal", "WSJ", Media),
    k(&["Financial Times"], "Financial Times", "", Media),
    k(&["Politico"], "Politico", "", Media),
    k(&["Axios"], "Axios", "", Media),
    k(&["Kommersant"], "Kommersant", "", Media),
    k(&["Izvestia"], "Izvestia", "", Media),
    tagged(&["Bloomberg"], "Bloomberg", Media),
    tagged(&["Guardian"], "Guardian", Media),
    tagged(&["Economist"], "Economist", Media),
    tagged(&["RT"], "RT", Media),
    tagged(&["Sputnik"], "Sputnik", Media),
    // Companies.
    k(&["Microsoft"], "Microsoft", "", Company),
    k(&["Google"], "Google", "", Company),
    k(&["Alphabet Inc."], "Alphabet", "", Company),
    k(&["Facebook"], "Facebook", "", Company),
    k(&["Tesla"], "Tesla", "", Company),
    k(&["SpaceX"], "SpaceX", "", Company),
    k(&["OpenAI"], "OpenAI", "", Company),
    k(&["Nvidia"], "Nvidia", "", Company),
    k(&["IBM"], "IBM", "", Company),
    k(&["Samsung"], "Samsung", "", Company),
    k(&["Toyota"], "Toyota", "", Company),
    k(&["Volkswagen"], "Volkswagen", "", Company),
    k(&["Boeing"], "Boeing", "", Company),
    k(&["Airbus"], "Airbus", "", Company),
    k(&["Gazprom"], "Gazprom", "", Company),
    k(&["Rosneft"], "Rosneft", "", Company),
    k(&["Lukoil"], "Lukoil", "", Company),
    k(&["Saudi Aramco", "Aramco"], "Saudi Aramco", "", Company),
    k(&["ExxonMobil", "Exxon Mobil", "Exxon"], "ExxonMobil", "", Company),
    k(&["Goldman Sachs"], "Goldman Sachs", "", Company),
    k(&["JPMorgan", "JPMorgan Chase", "JP Morgan"], "JPMorgan Chase", "", Company),
    k(&["Morgan Stanley"], "Morgan Stanley", "", Company),
    k(&["Citigroup"], "Citigroup", "", Company),
    k(&["HSBC"], "HSBC", "", Company),
    k(&["Deutsche Bank"], "Deutsche Bank", "", Company),
    k(&["Sberbank"], "Sberbank", "", Company),
    k(&["Huawei"], "Huawei", "", Company),
    k(&["Alibaba"], "Alibaba", "", Company),
    k(&["Tencent"], "Tencent", "", Company),
    k(&["TikTok"], "TikTok", "", Company),
    k(&["ByteDance"], "ByteDance", "", Company),
    k(&["Netflix"], "Netflix", "", Company),
    k(&["Pfizer"], "Pfizer", "", Company),
    k(&["Moderna"], "Moderna", "", Company),
    k(&["AstraZeneca"], "AstraZeneca", "", Company),
    tagged(&["Apple"], "Apple", Company),
    tagged(&["Amazon"], "Amazon", Company),
    tagged(&["Meta"], "Meta", Company),
    tagged(&["Shell"], "Shell", Company),
    tagged(&["BP"], "BP", Company),
    tagged(&["Uber"], "Uber", Company),
    tagged(&["Disney"], "Disney", Company),
    tagged(&["Walmart"], "Walmart", Company),
    tagged(&["Chevron"], "Chevron", Company),
    tagged(&["X"], "X", Company),
    // Universities.
    k(&["Harvard University", "Harvard"], "Harvard University", "", Education),
    k(&["Stanford University"], "Stanford University", "", Education),
    k(&["Massachusetts Institute of Technology", "MIT"], "Massachusetts Institute of Technology", "MIT", Education),
    k(&["Oxford University", "University of Oxford"], "University of Oxford", "", Education),
    k(&["Cambridge University", "University of Cambridge"], "University of Cambridge", "", Education),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn surfaces_are_unique_and_acronyms_are_surfaces() {
        let mut seen = HashSet::new();
        for e in KNOWN {
            for s in e.surfaces {
                assert!(seen.insert(*s), "duplicate surface {s}");
                assert!(!s.starts_with("the ") && !s.starts_with("The "), "{s}");
            }
            assert!(
                e.acronym.is_empty() || e.surfaces.contains(&e.acronym),
                "{}",
                e.canonical
            );
        }
    }
}
