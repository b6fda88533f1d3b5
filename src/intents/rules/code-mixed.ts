/**
 * English as it is typed in Singapore, Malaysia, Indonesia, the Philippines and India, and by Spanish, Russian and
 * Turkish speakers: English nouns and names held together by Malay, Indonesian, Tagalog, Hindi or Spanish words ("Dah visit Puan Rohana", "Nag-meeting kami ni
 * Ma'am Cecille", "aaj ke tasks dikhao", "book meja 15 orang Sabtu ni pukul 8 malam"). The words that carry what
 * a CRM needs (when, how many, which verb, whose) are put in English before anything else reads the message, so
 * every cue and finder works on them. Names, goods and preferences are left as typed.
 *
 * Each rule is anchored to its language's own shape (a count before "orang", a time before "malam", a Tagalog
 * verb prefix), so an English or Chinese message never changes here.
 */

import { EUROPEAN } from "./code-mixed-european.ts";
import { HINDI, HINDI_MARKER } from "./code-mixed-hindi.ts";
import { IBERIAN } from "./code-mixed-iberian.ts";

import type { WordRule as Rule } from "./word-rule.ts";

const WEEKDAYS: Record<string, string> = {
  isnin: "Monday", senin: "Monday", selasa: "Tuesday", rabu: "Wednesday", khamis: "Thursday", kamis: "Thursday",
  jumaat: "Friday", jumat: "Friday", sabtu: "Saturday", ahad: "Sunday",
};
const WEEKDAY = `(${Object.keys(WEEKDAYS).join("|")})`;

const MONTHS: Record<string, string> = {
  januari: "January", februari: "February", mac: "March", maret: "March", mei: "May", juni: "June", julai: "July",
  juli: "July", ogos: "August", agustus: "August", oktober: "October", disember: "December", desember: "December",
};
const MONTH = `(${Object.keys(MONTHS).join("|")})`;

/** Malay and Indonesian parts of the day after an hour: "jam 7 malam" is 7pm, "jam 10 pagi" 10am. */
const DAY_PART: Record<string, string> = { pagi: "am", siang: "pm", tengahari: "pm", petang: "pm", sore: "pm", malam: "pm" };

/** Hindi (romanised) periods and Malay/Indonesian/Tagalog ones. */
const PERIODS: Rule[] = [
  [/\b(?:hari ini|harini|ngayong araw|ngayon|aaj)\b/gi, "today"],
  [/\b(?:besok|esok|bukas|kal subah)\b/gi, "tomorrow"],
  [/\b(?:lusa|parso)\b/gi, "the day after tomorrow"],
  [/\b(?:minggu (?:ini|ni)|ngayong linggo|this linggo|is hafte|iss hafte|is week)\b/gi, "this week"],
  [/\b(?:minggu depan|next linggo|agle hafte|agle week)\b/gi, "next week"],
  [/\b(?:minggu lepas|minggu lalu|pichle hafte|pichhle hafte|last linggo)\b/gi, "last week"],
  [/\b(?:bulan (?:ini|ni)|ngayong buwan|is mahine|iss mahine|is month)\b/gi, "this month"],
  [/\b(?:bulan depan|agle mahine)\b/gi, "next month"],
  [/\b(?:bulan lepas|bulan lalu|pichle mahine)\b/gi, "last month"],
  [/\b(?:tahun (?:ini|ni)|ngayong taon|is saal)\b/gi, "this year"],
];

/** Days, dates and hours. */
const WHEN: Rule[] = [
  // "Sabtu ni", "hari Jumat", "Jumaat depan", "sa Monday"
  [new RegExp(`\\b(?:hari\\s+)?${WEEKDAY}\\s+(?:ni|ini)\\b`, "gi"), (_, d: string) => `this ${WEEKDAYS[d.toLowerCase()]}`],
  [new RegExp(`\\b(?:hari\\s+)?${WEEKDAY}\\s+(?:depan)\\b`, "gi"), (_, d: string) => `next ${WEEKDAYS[d.toLowerCase()]}`],
  [new RegExp(`\\b(?:hari\\s+)?${WEEKDAY}\\b`, "gi"), (w: string, d: string) => WEEKDAYS[d.toLowerCase()] ?? w],
  // "3 Julai", "tgl 5 Januari", "14 Ogos": a Malay or Indonesian month after its day.
  [new RegExp(`\\b(?:tgl\\.?|tanggal|tarikh)\\s+(?=\\d)`, "gi"), ""],
  [new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\b`, "gi"), (_, d: string, m: string) => `${d} ${MONTHS[m.toLowerCase()] ?? m}`],
  // "jam 7 malam", "pukul 7.30 malam", "jam 6 sore", "ke jam 6 sore"
  [/\b(?:jam|pukul|pkl\.?)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(pagi|siang|tengahari|petang|sore|malam)\b/gi, (_, h: string, m: string | undefined, part: string) => `${h}${m ? `:${m}` : ""}${DAY_PART[part.toLowerCase()]}`],
  [/\b(?:jam|pukul|pkl\.?)\s*(\d{1,2})(?:[.:](\d{2}))?(?!\s*(?:am|pm|h|hours?)\b)/gi, (_, h: string, m: string | undefined) => `at ${h}:${m ?? "00"}`],
  // "12nn": twelve noon in the Philippines.
  [/\b12\s*nn\b/gi, "12pm"],
];

/** Counts and amounts: "15 orang", "2 malam", "20 tan", "Rp 350 juta", "1,2 tỷ". */
const COUNTS: Rule[] = [
  [/(?<=\d)\s*(?:orang|org|katao|tao|log)\b/gi, " people"],
  [/(?<=\d)\s*(?:malam|gabi|raat)\b/gi, " nights"],
  [/(?<=\d)\s*(?:tan)\b/gi, " tons"],
  // "Rp 87,5 juta": a decimal comma before the word for million.
  [/(\d+),(\d{1,2})\s*(?=juta\b)/gi, "$1.$2 "],
  [/(?<=\d)\s*(?:juta)\b/gi, " million"],
  [/(?<=\d)\s*(?:ribu|rb)\b/gi, "k"],
  // "12,000,000 won": Korea's currency after the amount.
  [/\b(\d[\d,.]*)\s*won\b/gi, "KRW $1"],
];

/** The verbs of a CRM, said with a Malay/Indonesian "already", a Tagalog prefix, or a Hindi auxiliary. */
const VERBS: Rule[] = [
  // "Dah visit Puan Rohana", "Sudah WA Mr. Hans", "Udah meeting sama Bu Ratna", "Pergi visit kilang Encik Zul"
  [/\b(?:dah|sudah|udah|telah|pergi|pi)\s+(?:pergi\s+)?(?:visit|lawat|melawat|jumpa|ketemu)\b(?:\s+(?:kilang|kedai|pejabat|office|kantor|rumah|toko)(?=\s+[A-Z]))?/gi, "visited"],
  [/\b(?:dah|sudah|udah|telah)\s+(?:call|telefon|telepon|tepon|called|phone)\b/gi, "called"],
  [/\b(?:dah|sudah|udah|telah)\s+(?:WA|whatsapp|wasap|text|mesej|message|chat)\b/gi, "messaged on WhatsApp"],
  [/\b(?:dah|sudah|udah|telah)\s+(?:meeting|meet|bertemu|berjumpa)\s+(?:sama|dengan|ngan)?\s*/gi, "met with "],
  [/\b(?:dah|sudah|udah|telah)\s+(?:email|emel)\b/gi, "emailed"],
  // "Nag-meeting kami ni Ma'am Cecille", "Nag-Viber ako kay Kuya Dodong", "Tinawagan ko si …"
  [/\bnag-?(?:meeting|meet|kita)\s+(?:kami|ako|tayo)?\s*(?:ni|kay|with|sa|si)?\s*/gi, "met with "],
  [/\bnag-?(?:viber|text|txt|message|msg|chat|whatsapp|wa)\s+(?:kami|ako)?\s*(?:kay|ni|sa|si|to)?\s*/gi, "messaged "],
  [/\bnag-?(?:call|tawag)\s+(?:kami|ako)?\s*(?:kay|ni|sa|si|to)?\s*/gi, "called "],
  [/\bnag-?(?:email)\s+(?:kami|ako)?\s*(?:kay|ni|sa|si|to)?\s*/gi, "emailed "],
  [/\bnag-?(?:visit|bisita)\s+(?:kami|ako)?\s*(?:kay|ni|sa|si|to)?\s*/gi, "visited "],
  [/\btinawagan\s+(?:ko|namin)\s+(?:si|ang)?\s*/gi, "called "],
  // "Pa-update yung email ni Ate Grace", "Pa-move po ng table namin", "Pakihanap si …", "Paki-check po"
  [/\b(?:pa-?|paki-?)summary\b(?:\s+po)?(?:\s+(?:ng|of))?/gi, "summary of"],
  [/\b(?:pa-?|paki-?)(update|move|cancel|check|summary|book|add|change)\b(?:\s+po)?/gi, (_, v: string) => `please ${v.toLowerCase()}`],
  [/\bpakihanap\b(?:\s+po)?(?:\s+(?:si|ang|yung|kay))?/gi, "please find"],
  [/\b(?:i-?cancel)\b/gi, "cancel"],
  [/\b(?:i-?move|ilipat)\b/gi, "move"],
  [/\b(?:mag-?book|magpa-?book|i-?book)\b/gi, "book"],
  [/\bgawing\b/gi, "make it"],
  // Malay and Indonesian
  [/\b(?:tolong|mohon)\b/gi, "please"],
  [/\b(?:dibatalin|dibatalkan|batalkan|batalin|batal)\b/gi, "cancel"],
  [/\b(?:tukar|ganti|ubah|pindahkan|pindah|dimajuin|dimajukan|diundur|undurkan)\b(?=\s)/gi, "change"],
  [/\b(?:tempah|pesan|reservasi|reserve)\s+(?=meja|bilik|kamar)/gi, "book "],
  [/\bmeja\b/gi, "table"],
  [/\b(?:bilik|kamar)\b(?=\s+(?:deluxe|superior|standard|suite|twin|double|family|untuk|buat|\d))/gi, "room"],
  [/\b(?:dari|daripada)\s+(?=[A-Z])/g, "from "],
  // "mau order 500 karton", "…, nak 20 tan baja": what a customer wants, said with an order verb or listed in a lead.
  [/\b(?:mau|nak|ingin|hendak)\s+(?:order|beli|ambil|pesan|tempah)\s+/gi, "wants "],
  [/(?<=[,，:：]\s*)(?:mau|nak|ingin|hendak|chahiye)\s+(?=[a-z0-9])/gi, "wants "],
  [/\b(?:bilang|cakap|kata|sabi|bola|boli)\b(?=\s+(?:mau|nak|wants|dia|siya|na|ke|\d))/gi, "said"],
  [/\bwk(?:wk)+\b/gi, "lol"],
  // Doubt about what a customer keeps saying: "dia ngomong gitu tiap tahun", "jangan percaya sangat".
  [/\b(?:ngomong|cakap|bilang|sabi) (?:gitu|gini|macam tu|ganyan|ganun) (?:tiap|setiap|every) (?:tahun|taon|year|bulan|time|kali)\b/gi, "says that every year"],
  [/\b(?:jangan|jgn|huwag) (?:percaya|maniwala)\b/gi, "don't believe it"],
  [/\bgusto(?: nila| niya| ko| namin| nya)?(?: ng| ang)?\s+(?=\w)/gi, "wants "],
  [/\bsino(?: po)?(?: ang| yung| si| ba)?\s+(?=[A-Z0-9+])/g, "who is "],
  [/\b(?:kaun|kon) (?:hai|hain|he)\b/gi, "who are they"],
  // "May booking pa ba ako", "Saya ada booking apa": whether I have a booking, asked.
  [/\bmay (booking|reservation)s? (?:pa )?(?:ba )?(?:ako|kami)\b/gi, "do I have a $1"],
  [/\b(?:saya|aku) (?:ada|punya) (booking|reservation|tempahan)s?\b/gi, "do I have a $1"],
  // Singlish: "she prefer email only", "Sinha-ji prefer Hindi".
  [/(?<=\b(?:she|he|they|customer|client|[A-Z][\w'-]+))\s+prefer(?=\s)/g, " prefers"],
  [/\bdeal close\b/gi, "deal closed"],
  // "Dr Siti from Klinik Mesra change number to …": Singlish leaves the past unmarked.
  [/(?<=[A-Za-z.]\s)change (number|phone|hp|handphone|mobile|email|e-?mail)(?= to\b)/g, "changed $1"],
  [/(?<=[:：]\s*)prefer(?=\s)/gi, "prefers"],
  // "office band rahega", "15 Aug ko koi follow-up schedule mat karna": the office shut, a step not to take.
  [/\boffice band (?:rahega|rahegi|rahenge|hai|hoga)\b/gi, "office shut"],
  // "Neha ab Infosys chhod ke Wipro join kar li": left one, joined the other.
  [/\bchhod (?:ke|kar|diya|di|dia)\b/gi, "left and"],
  [/\b([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})\s+join (?:kar|kr) (?:li|liya|lia|le|lee)(?: hai| he)?\b/g, "joined $1"],
  // "1000 sarees ka bulk order": the goods before "ka order".
  [/\b(\d[\d,]*\s+(?!crores?\b|lakhs?\b|lacs?\b|k\b|million\b|juta\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:ka|ki|ke)\s+(bulk\s+)?order\b/gi, "$2order of $1"],
  // "15 Feb kar do", "8 log kar do": the new value, then "make it"; "check-out 10 Aug kar do" changes the check-out.
  [/\b(check-?out|check-?in)\s+(\d{1,2}\s+[A-Z][a-z]{2,8})\s+(?:kar|kr)\s+(?:do|dijiye|dena|dein)\b/gi, "change $1 to $2"],
  [/\b(\d{1,2}\s+[A-Z][a-z]{2,8}|\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d+\s+(?:people|pax|nights))\s+(?:kar|kr)\s+(?:do|dijiye|dena|dein)\b/gi, "change to $1"],
  [/\b(update|note|cancel|book|add|change|check|confirm|send|move)\s+(?:kar|kr)\s+(?:do|lo|dena|lena|dijiye|lijiye|dein)\b|\b(update|note|cancel|book|add|change|check|confirm|send|move)\s+karo\b/gi, (_, a: string | undefined, b: string | undefined) => `please ${a ?? b}`],
  [/\b(\w+)\s+mein\s+note\b/gi, "note in $1"],
  [/\b(?:lead|leads|klien|client|customer|pelanggan)\s+baru\b/gi, "new lead"],
  [/\b(?:naya|nayi)\s+(?=lead|client|customer)/gi, "new "],
  [/\b(?:telat|terlambat|lambat|lewat)\s+(?=\d)/gi, "late by "],
  [/\b(?:reklamo|nagreklamo|nag-reklamo)(?:\s+(?:si|ni|ng|from))?\s+(?=[A-Z])/gi, "complaint from "],
  [/\b(?:komplain|aduan|keluhan)\s+(?:dari|daripada|from)\b/gi, "complaint from"],
  [/^\s*(?:cari|carikan|hanapin|dhundo|dhoondo)\s+/gi, "find "],
  [/^\s*info\s+(?!on\b|about\b|of\b)(.+?)\s+(?:dong|donk|ya|pls)\s*[?!.]*\s*$/gi, "info on $1"],
  [/^\s*(?:ada\s+)?rekod\s+(.+?)\s+(?:tak|ke|x)\s*[?!.]*\s*$/gi, "any record of $1?"],
  [/\b(?:rekap|ringkasan)\b/gi, "summary"],
  [/\b(?:penawaran|sebut harga|quotation)\s+(?:ke|untuk|kepada|buat)\s+(.+?)\s+(?:udah|sudah|dah)\s+(?:dikirim|dihantar|hantar|kirim|sent)\b/gi, "quote sent to $1"],
  [/\b(?:tengah\s+)?nego\b/gi, "negotiating"],
  [/\b(?:poin|mata ganjaran)\s+(?:member\s+)?(?:saya|aku|ko)\b/gi, "my points"],
  [/\bbooking\s+(?:saya|aku|ko|ko po)\b/gi, "my booking"],
  [/\b(?:reservasi|reservation|reservations)\s+(?:saya|aku|ko)\b/gi, "my reservations"],
  // Hindi: "aaj ke tasks dikhao", "is hafte ke follow-ups batao", "kiska number hai", "mera … wala booking"
  [/\b(?:dikhao|dikha do|batao|bata do|bhejo)\b/gi, "show"],
  [/\b(?:mera|meri|mere)\b/gi, "my"],
  [/\b(\d{1,2}\s+[A-Z][a-z]{2,8})\s+(?:wala|wali|wale)\s+(booking|reservation)\b/g, "$2 on $1"],
  [/\b(?:kiska|kiski|kiske)\s+number\s+(?:hai|he)\b/gi, "whose number is this"],
  [/\b(\w+)\s+ke\s+(?=tasks|follow-?ups|leads|reminders)/gi, "$1 "],
];

/** What a message is: a joke, a dream, gossip, news, a memory, a how-to question, a condition. */
const MOODS: Rule[] = [
  [/\b(?:joke lang|gurau je|bergurau je|bercanda|becanda|mazaak tha|mazak tha)\b/gi, "just joking"],
  [/\b(?:sa )?(?:panaginip|mimpi|sapne mein|sapna)(?: ko| saya| aku)?(?: lang)?\b/gi, "in my dreams"],
  [/\b(?:chismis|gosip|gossip) lang\b/gi, "just gossip"],
  [/\btotoo ba (?:ito|to|yan|iyan)\b/gi, "is this true"],
  [/^\s*(?:berita|balita|khabar|khabar angin)\s*[:：]/gi, "News:"],
  [/\b(?:yaad hai|ingat tak|ingat ga|inget gak|inget nggak|naalala mo(?: ba)?)\b/gi, "do you remember"],
  [/\b(?:paano|pano|macam mana|gimana|bagaimana|kaise)\b(?:\s+ba\b)?/gi, "how"],
  [/\bhindi (?:ko|namin) ma-?(\w+)/gi, "I can't $1"],
  [/\b(?:agar|kalau|kalo|klo)\b/gi, "if"],
  [/^\s*(?:suno|dengar|dengar sini|oi|uy)\s*[,，]\s*/gi, ""],
  [/\b(?:kecewa|dismayado)(?:\s+(?:banget|sangat|gila|sekali))?\b/gi, "very disappointed"],
  [/\bbau rokok\b/gi, "smells of smoke"],
  [/\bang tagal\b/gi, "taking too long"],
  [/\bwala pa (?:rin|din)\b/gi, "still not here"],
  [/\bang init\b/gi, "so hot"],
  [/\b(?:kaam nahi|kaam nahin|kam nahi) (?:kar|kr) (?:raha|rahi|rahe)(?: hai| he)?\b|\b(?:nahi|nahin) chal (?:raha|rahi)(?: hai)?\b|\btak (?:jalan|berfungsi)\b|\bhindi gumagana\b/gi, "not working"],
  [/\b(?:khana|khaana) (?:thanda|thanda sa) (?:tha|thi|hai)\b/gi, "the food was cold"],
  [/\b(\w+) ne ignore (?:kiya|kia|kar diya)\b/gi, "$1 ignored us"],
  [/\bbilkul\b/gi, "at all"],
  [/\bkoi (.{1,25}?) (?:nahi|nahin) ho (?:payega|paayega|payegi|sakega|sakegi|sakta|sakti)\b/gi, "no $1 possible"],
  [/\b(\d+) din se\b/gi, "for $1 days"],
  [/\b(?:koi\s+)?([\w-]{2,20})\s+(schedule|book|log|add|call|set)\s+mat\s+(?:karna|karo|kijiye|kar)\b/gi, "don't $2 any $1"],
  [/\bmat (?:karna|karo|kijiye|kar)\b/gi, "don't do"],
  [/\b(?:ye|yeh) bot kya kya kar (?:sakta|sakti) (?:hai|he)\b|\bano(?: ang)? mga pwede(?: kong| ko)? (?:i-?type|gawin|sabihin)\b|\bbot (?:ni|ini) boleh buat apa\b/gi, "what can you do"],
  [/\b(?:paano|how) (?:gamitin|gumamit|guna|pakai|use) (?:ang |ito|to|'to|this)?/gi, "how do I use this"],
];

/** Tagalog's little words: "po" (politeness), "yung" (the), "ni"/"ng" (of), "si" (a name follows), "sa" (on, at). */
const PARTICLES: Rule[] = [
  [/(?<=\w)\s+po\b(?!-)/g, ""],
  [/\bbagong\b/gi, "new"],
  [/\b(?:yung|iyong|ang)\b(?=\s)/gi, "the"],
  // "Tindahan ni Aling Nena" is a shop's name: after a capitalised word "ni" stays.
  [/(?<!\b[A-Z][\w'-]*\s+)\bni\s+(?=[A-Z])/g, "of "],
  [/\bng\s+(?=[\w'])/g, "of "],
  [/\bsi\s+(?=[A-Z])/g, ""],
  [/\bsa\s+(?=[A-Z][a-z]+\b)(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/g, "in "],
  [/\bsa\s+(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|next|this))/g, "on "],
];

/**
 * Spanish around English ("cambiar mi reserva de mañana", "Reunión con Andrés Gómez hoy", "85 mil pesos"), and the
 * few Russian and Turkish words that start a record ("позвонил", "новый лид", "Yeni müşteri").
 */
const SPANISH: Rule[] = [
  [/\b(?:mañana|manana) (?:por|en) la (?:mañana|manana)\b/gi, "tomorrow morning"],
  [/\bpasado (?:mañana|manana)\b/gi, "the day after tomorrow"],
  [/\b(?:mañana|manana)\b/gi, "tomorrow"],
  [/\besta noche\b/gi, "tonight"],
  [/\bhoy\b/gi, "today"],
  [/\besta semana\b/gi, "this week"],
  [/\bla semana pasada\b|\bsemana pasada\b/gi, "last week"],
  [/\bla (?:semana|próxima semana) que viene\b|\bla próxima semana\b/gi, "next week"],
  [/\beste mes\b/gi, "this month"],
  [/\beste año\b/gi, "this year"],
  [/\ben (dos|tres|una|un|\d+) (semanas?|días|dias|meses|mes)\b/gi, (_, n: string, u: string) => `in ${({ dos: "two", tres: "three", una: "one", un: "one" } as Record<string, string>)[n.toLowerCase()] ?? n} ${/^sem/i.test(u) ? "weeks" : /^d/i.test(u) ? "days" : "months"}`],
  // "con Lucía Ramírez el lunes": "on Monday", so the weekday is never read as the end of a name.
  [/\b(el |este |del )?(lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b/gi, (_, on: string | undefined, d: string) => (/^el/i.test(on ?? "") ? "on " : "") + (({ lunes: "Monday", martes: "Tuesday", miércoles: "Wednesday", miercoles: "Wednesday", jueves: "Thursday", viernes: "Friday", sábado: "Saturday", sabado: "Saturday", domingo: "Sunday" } as Record<string, string>)[d.toLowerCase()] ?? d)],
  [/\ba las (\d{1,2}(?::\d{2})?\s*(?:am|pm)?)/gi, "at $1"],
  [/\b(\d+)\s+personas\b/gi, "$1 people"],
  [/\bpara (\d+)(?= people\b|\s)/gi, "for $1"],
  [/\b(?:una|la|mi) mesa\b/gi, "a table"],
  // "Mesa Grill", "Casa Azul": a Spanish word capitalised before another is part of a name.
  [/\bmesa\b/g, "table"],
  [/\bMesa\b(?![^\S\n]+[A-Z])/g, "table"],
  [/\buna habitación\b|\bla habitación\b|\bhabitación\b/gi, "room"],
  [/\b(?:quiero|quisiera|necesito) reservar\b/gi, "I'd like to book"],
  [/\b(?:cancelen|cancela|cancelar|cancele|anulen)\b/gi, "cancel"],
  // Cyrillic is no \w, so these are bounded by letters.
  [/(?<!\p{L})(?:отмените|отменить|отмена)(?!\p{L})/giu, "cancel"],
  [/(?<!\p{L})(?:позвонил|позвонила|звонил|звонила)(?!\p{L})/giu, "called"],
  [/(?<!\p{L})(?:новый лид|новый клиент)(?!\p{L})/giu, "new lead"],
  [/\b(?:cambiar|cambien|cambia|mover)\s+mi\s+reserva\b/gi, "change my reservation"],
  [/\bmi reserva\b/gi, "my reservation"],
  [/\ben vez de\b/gi, "instead of"],
  [/\bahora somos\b/gi, "now we are"],
  [/\b(\d+(?:[.,]\d+)?)\s*mil\b(?!\w)/gi, "$1k"],
  [/\b(\d+(?:[.,]\d+)?)\s*(?:millones|millón|millon|mln|млн)\b/gi, "$1 million"],
  [/\b(\d+)\s*bin\b/gi, "$1k"],
  // "7.5 thousand EUR", "45 тыс": thousands said as a word.
  [/\b(\d+(?:\.\d+)?)\s*(?:thousands?|тыс\.?|tys\.?)(?!\p{L})/giu, "$1k"],
  // "40 cajas of wine", "40 cajas de vino": cases, with "of" said once.
  [/\b(\d+)\s+cajas(?:\s+de)?\b/gi, (m: string, n: string) => (/\bde$/i.test(m) ? `${n} cases of` : `${n} cases`)],
  [/^\s*reuni[óo]n con\b/gi, "Meeting with"],
  [/\bfui a visitar a\b|\bvisité a\b/gi, "visited"],
  [/\b(?:le )?mandé (?:un )?(?:whatsapp|wa|mensaje) a\b/gi, "messaged"],
  [/\b(?:llamé a|le llamé a|hablé con)(?!\p{L})/giu, "called"],
  [/\bseguimiento\b/gi, "follow up"],
  [/\bpasó a negociación\b|\bestá en negociación\b/gi, "moved to negotiation"],
  [/\bya mandé la propuesta\b|\bmandé la cotización\b|\benvié la propuesta\b/gi, "sent the proposal"],
  [/\bcambió su (?:correo|email|mail)\b/gi, "changed email to"],
  [/\bcambió su (?:número|numero|cel|celular|teléfono)\b/gi, "changed number to"],
  [/^\s*dame los datos de\b/gi, "details of"],
  [/\bc[óo]mo registro\b/gi, "how do I add"],
  [/\b(?:nuevo prospecto|nuevo cliente|yeni müşteri|yeni musteri)(?!\p{L})/giu, "new lead"],
  [/\b(?:mi jefe|mi jefa)\s+(?:dice|dijo)\s+que\b/gi, "my boss said"],
  [/\bojalá(?: que)?\b/gi, "I wish"],
  [/\b(?:ja){2,}\b|\b(?:je){2,}\b/gi, "lol"],
  // "Mariana Torres de Hotel Casa Azul": a name, then "de" and a business of several words ("Femke de Vries" stays).
  [/(?<=\b[A-Z][\p{L}'-]+)[^\S\n]+de[^\S\n]+(?=[A-Z][\p{L}'-]+[^\S\n]+[A-Z])/gu, " from "],
  [/\banlaşma tamam\b/gi, "deal done"],
];

const ALL: Rule[] = [...PERIODS, ...WHEN, ...COUNTS, ...MOODS, ...EUROPEAN, ...IBERIAN, ...SPANISH, ...VERBS, ...PARTICLES];
const WITH_HINDI: Rule[] = [...HINDI, ...ALL];

/** Returns `text` with the Malay, Indonesian, Tagalog and Hindi words above in English; other text unchanged. */
export function inEnglishWords(text: string): string {
  if (!/[a-z]/i.test(text)) return text;
  let t = text;
  const rules = HINDI_MARKER.test(text) ? WITH_HINDI : ALL;
  for (const [re, to] of rules) t = typeof to === "string" ? t.replace(re, to) : t.replace(re, to);
  return t;
}
