/**
 * Messages mostly in a language the rules do not read (Thai, Vietnamese). The rules would only catch a stray
 * English word or number in them and guess a write from it ("50k một tô" read as a deal), so they give no
 * intent; with an LLM configured the model answers them, and without one the reply says which languages we read.
 * English or Chinese with a few such words ("deal close แล้ว ฿2.4M") is still read.
 */

const THAI = /[\u0e00-\u0e7f]/g;
/** Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư, and vowels with a tone mark below or hook above. */
const VIETNAMESE_WORD = /(?<![\p{L}])[\p{L}]*[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ][\p{L}]*/giu;

export function inUnreadLanguage(text: string): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (!letters) return false;
  if ((text.match(THAI) ?? []).length / letters > 0.4) return true;
  const words = text.match(/\p{L}+/gu) ?? [];
  const vietnamese = (text.match(VIETNAMESE_WORD) ?? []).length;
  return vietnamese >= 3 && vietnamese / words.length > 0.3;
}
