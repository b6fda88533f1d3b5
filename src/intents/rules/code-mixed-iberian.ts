/**
 * Spanish and Portuguese words inside English, as reps and guests in Latin America and Iberia write it: "Liguei pra
 * Fernanda Lima, retomar na quarta que vem", "Padaria Pão Dourado: mandei a proposta, R$ 9.800", "reserva for 2
 * mañana 13hs". The words that carry what a CRM needs (a call, a stage, a day, an hour, a count, an amount) are put
 * in English; names, goods and preferences stay as typed. Read before code-mixed.ts's own Spanish rules.
 */

import type { WordRule as Rule } from "./word-rule.ts";

const DIAS: Record<string, string> = {
  segunda: "Monday", terca: "Tuesday", terça: "Tuesday", quarta: "Wednesday", quinta: "Thursday", sexta: "Friday",
  sabado: "Saturday", sábado: "Saturday", domingo: "Sunday", lunes: "Monday", martes: "Tuesday", miercoles: "Wednesday",
  miércoles: "Wednesday", jueves: "Thursday", viernes: "Friday",
};
const MESES: Record<string, string> = {
  ene: "January", jan: "January", feb: "February", fev: "February", mar: "March", abr: "April", may: "May", mai: "May",
  jun: "June", jul: "July", ago: "August", sep: "September", set: "September", oct: "October", out: "October",
  nov: "November", dic: "December", dez: "December",
};
const dia = (d: string) => DIAS[d.toLowerCase()] ?? d;


export const IBERIAN: Rule[] = [
  // "dice que si Bodega Los Andes compra…": a condition, which the Tagalog "si" before a name would otherwise swallow.
  [/\bque si\b/gi, "que if"],
  // "buenos días a todos", "nos vamos todos": everyone, never the to-dos.
  [/\b(?:todo bien|todo ok|todo listo|tudo bem|tudo certo|tudo ok)(?![\p{L}\d])/giu, "all good"],
  [/\b(?:a todos|a todas|(?:nos )?vamos todos|estamos todos|somos todos|todos juntos)(?![\p{L}\d])/giu, "all of us"],
  // Days.
  [/\b(?:depois de amanh[ãa])(?![\p{L}\d])/giu, "the day after tomorrow"],
  [/\bamanh[ãa](?![\p{L}])/giu, "tomorrow"],
  [/\bhoje(?![\p{L}\d])/giu, "today"],
  [/\b(?:minhas|meus|mis)(?= (?:reservas?|bookings?|pontos|puntos)\b)/gi, "my"],
  [/\bdel (\d{1,2}\/\d{1,2}) al (\d{1,2}\/\d{1,2})\b/gi, "from $1 to $2"],
  [/\b(\d{1,2}) de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro)\b/gi, (_m, d: string, month: string) => `${d} ${MESES[month.toLowerCase().slice(0, 3)] ?? month}`],
  [/\b(?:ontem|ayer)(?![\p{L}\d])/giu, "yesterday"],
  [/\b(?:(?:a |na )?semana que vem|(?:la |a )?pr[óo]xima semana)(?![\p{L}\d])/giu, "next week"],
  // "na quarta que vem", "el jueves que viene": the coming one of that day ("next Friday" in English reads a week on).
  [/\b(?:na |no |el |on )?(segunda|ter[çc]a|quarta|quinta|sexta|s[áa]bado|domingo|lunes|martes|mi[ée]rcoles|jueves|viernes)(?:-feira)? que (?:vem|viene)(?![\p{L}\d])/giu, (_m, d: string) => `on ${dia(d)}`],
  // "try again sexta", "on sexta at 20h": Portuguese weekdays; "segunda" and "quinta" only as days ("Quinta do Crasto" is a name).
  [/\b(na |no |on |até |ate |by |this |next |again )?(segunda|ter[çc]a|quarta|quinta|sexta)(-feira)?(?![\p{L}-])/giu, (m: string, before: string | undefined, d: string, feira: string | undefined) =>
    before || feira || /^(?:ter|qua|sex)/i.test(d) ? `${before && !/^(?:na|no|até|ate) $/i.test(before) ? before : before ? "on " : ""}${dia(d)}` : m],
  [/\b(?:por |by |até |ate )?(?:(?:el )?fin (?:de|del) mes|(?:o )?fi(?:m|nal) do m[êe]s|final de mes)(?![\p{L}\d])/giu, "by the end of the month"],
  // Hours: "13hs", "20h", "20h30".
  [/\b([01]?\d|2[0-3])h([0-5]\d)(?![\p{L}\d])/gu, "$1:$2"],
  // "waited 2h", "in 3h" are how long.
  [/(?<!\b(?:for|took|waited|wait|in|after|about|around|over|than|lasted|every|only)\s)\b([01]?\d|2[0-3])\s?hs?\b(?![\p{L}])/gu, "$1:00"],
  // Bookings.
  // "Rioja Gran Reserva" is a wine.
  [/(?<!\bGran )\breservas?(?![\p{L}\d])/giu, "booking"],
  [/\b(?:noites|noches)(?![\p{L}\d])/giu, "nights"],
  [/\bpessoas(?![\p{L}\d])/giu, "people"],
  [/\bsomos (\d+)(?![\p{L}\d])/giu, "we are $1"],
  [/\b(?:ahora|agora)(?![\p{L}\d])/giu, "now"],
  [/\bquarto(?![\p{L}\d])/giu, "room"],
  [/\b(?:un ni[ñn]o|una ni[ñn]a|uma crian[çc]a|un beb[ée])(?![\p{L}\d])/giu, "a child"],
  [/\b(?:ni[ñn]os|crian[çc]as)(?![\p{L}\d])/giu, "children"],
  [/\badultos(?![\p{L}\d])/giu, "adults"],
  // Contacts made.
  [/\b(?:liguei|llam[ée]) (?:pra|pro|para|para o|para a|ao|à|a)(?![\p{L}\d])/giu, "called"],
  [/\b(?:retomar|volver a llamar|llamar de nuevo|ligar de novo|voltar a ligar)(?![\p{L}\d])/giu, "follow up"],
  [/\b(?:falei com|habl[ée] con)(?![\p{L}\d])/giu, "talked to"],
  [/\bmandei (?:um )?(?:whats(?:app)?|zap|mensagem) (?:pro|pra|para|ao|à)(?![\p{L}\d])/giu, "messaged"],
  [/\b(?:visitei|visit[ée])(?: (?:o|a|al))?(?![\p{L}\d])/giu, "visited"],
  [/\b(?:tenho (?:uma )?reuni[ãa]o com|tengo (?:una )?reuni[óo]n con)(?![\p{L}\d])/giu, "I have a meeting with"],
  [/\b(?:tuvimos una reuni[óo]n|tivemos uma reuni[ãa]o)(?: (?:con|com|with))?(?![\p{L}\d])/giu, "had a meeting with"],
  [/(?<!^\s*)\b(?:reuni[óo]n con|reuni[ãa]o com)(?![\p{L}\d])/giu, "meeting with"],
  [/\b(?:conoc[íi] a(?:l)?|conheci (?:o|a))(?![\p{L}\d])/giu, "met"],
  // Stages.
  [/\b(?:firm[óo]|firmamos|assinou|assinaram|fechou|fechamos|cerr[óo]|cerramos)(?![\p{L}\d])/giu, "signed"],
  [/\b(?:ganado|ganamos|ganhamos|ganho)(?![\p{L}\d])/giu, "won"],
  [/\b(?:perdido|perdimos|perdemos)(?![\p{L}\d])/giu, "lost"],
  [/\b(?:en|em) negocia(?:ci[óo]n|[çc][ãa]o)(?![\p{L}\d])/giu, "in negotiation"],
  [/\bnegocia(?:ci[óo]n|[çc][ãa]o)(?![\p{L}\d])/giu, "negotiation"],
  [/\b(?:mandei a proposta|mand[ée] la propuesta|envi[ée] la (?:propuesta|cotizaci[óo]n)|(?:cotizaci[óo]n|propuesta|proposta) enviada)(?![\p{L}\d])/giu, "sent the proposal"],
  // Complaints, birthdays, details.
  [/\b(?:se quej[óo]|reclam[óo]|reclamou)(?![\p{L}\d])/giu, "complained"],
  [/^\s*(?:queja|reclamo|reclama[çc][ãa]o) (?:de|da|do)(?![\p{L}\d])/giu, "Complaint from"],
  [/\b(?:cumple a[ñn]os el|faz anivers[áa]rio (?:em|no dia|dia))(?![\p{L}\d])/giu, "birthday is"],
  [/\b(?:anivers[áa]rio|cumplea[ñn]os)(?![\p{L}\d])/giu, "birthday"],
  [/\b(?:tiene |tem )?(?:nuevo|novo) (?:cel(?:ular)?|n[úu]mero|tel[ée]fono|telefone)(?![\p{L}\d])/giu, "new number"],
  [/\b(?:se pas[óo] a|se cambi[óo] a|mudou para|mudou-se para|foi para)(?![\p{L}\d])/giu, "moved to"],
  [/\bempresa(?![\p{L}\d])/giu, "company"],
  [/\b(?:atrasad[oa]s|vencid[oa]s)(?![\p{L}\d])/giu, "overdue"],
  [/\b(?:ficha|cadastro)(?![\p{L}\d])/giu, "profile"],
  [/\b(?:the )?(?:contato|contacto) (?:da|do|de)\s+(?=[A-Z])/g, ""],
  [/¿?\bqu[ée] tal va(?![\p{L}\d])/giu, "how is"],
  // "Dra. Paula Restrepo", "Ing. Alejandro Treviño": a title before a full name is no part of it.
  [/\b(?:Dra|Ing|Lic|Sra|Srta)\.\s+(?=[A-ZÁÉÍÓÚÑ][\p{L}'-]+\s+[A-ZÁÉÍÓÚÑ])/gu, ""],
  // Amounts and counts.
  [/\b(\d+),(\d+)\s*(millones|milh[õo]es|mill[óo]n|mil)(?![\p{L}\d])/giu, "$1.$2 $3"],
  [/\bmilh[õo]es(?![\p{L}\d])/giu, "million"],
  [/\b(?:or[çc]amento|presupuesto)(?![\p{L}\d])/giu, "budget"],
  [/\b(\d+)\s+(sacos|garrafas|botellas|juegos|pares|caixas|kilos|unidades)\s+(?:de|of)(?![\p{L}\d])/giu, (_m, n: string, unit: string) =>
    `${n} ${({ sacos: "bags", garrafas: "bottles", botellas: "bottles", juegos: "sets", pares: "pairs", caixas: "cases", kilos: "kg", unidades: "units" } as Record<string, string>)[unit.toLowerCase()] ?? unit} of`],
];
