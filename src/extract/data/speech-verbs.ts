/** Verbs that attribute words to a speaker ("X said", "said X", "X was quoted as saying"). */
export const SPEECH_VERBS =
  "said|says|added|adds|told|tells|conveyed|conveys|noted|stressed|wrote|writes|asked|replied|continued|explained|insisted|warned|declared|stated|remarked|argued|recalled|emphasi[sz]ed|was quoted as (?:saying|telling)";
