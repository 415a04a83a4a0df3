/**
 * Publishers known by the e-mail domain of their journalists and news agencies
 * known by the name they sign datelines with. Adding one is a data change.
 */
export const PUBLISHER_EMAIL_DOMAINS: Readonly<Record<string, string>> = {
  "donga.com": "Dong-A Ilbo",
  "yna.co.kr": "Yonhap News Agency",
  "yonhapnews.co.kr": "Yonhap News Agency",
  "koreaherald.com": "The Korea Herald",
  "heraldcorp.com": "The Korea Herald",
  "koreatimes.co.kr": "The Korea Times",
  "joongang.co.kr": "Korea JoongAng Daily",
  "chosun.com": "The Chosun Ilbo",
  "hani.co.kr": "The Hankyoreh",
  "japantimes.co.jp": "The Japan Times",
  "kyodonews.jp": "Kyodo News",
  "asahi.com": "The Asahi Shimbun",
  "nikkei.com": "Nikkei Asia",
  "scmp.com": "South China Morning Post",
  "globaltimes.cn": "Global Times",
  "chinadaily.com.cn": "China Daily",
  "reuters.com": "Reuters",
  "thomsonreuters.com": "Reuters",
  "ap.org": "Associated Press",
  "afp.com": "Agence France-Presse",
  "nytimes.com": "The New York Times",
  "washpost.com": "The Washington Post",
  "washingtonpost.com": "The Washington Post",
  "wsj.com": "The Wall Street Journal",
  "ft.com": "Financial Times",
  "theguardian.com": "The Guardian",
  "bbc.co.uk": "BBC",
  "aljazeera.net": "Al Jazeera",
  "thehindu.co.in": "The Hindu",
  "straitstimes.com": "The Straits Times",
};

/** News agencies as they sign datelines ("SEOUL, March 3 (Yonhap) --"). */
export const DATELINE_AGENCIES: Readonly<Record<string, string>> = {
  yonhap: "Yonhap News Agency",
  "jiji press": "Jiji Press",
  jiji: "Jiji Press",
  kyodo: "Kyodo News",
  xinhua: "Xinhua News Agency",
  reuters: "Reuters",
  ap: "Associated Press",
  afp: "Agence France-Presse",
  bernama: "Bernama",
  antara: "Antara",
  pti: "Press Trust of India",
  ians: "Indo-Asian News Service",
  tass: "TASS",
  anadolu: "Anadolu Agency",
};
