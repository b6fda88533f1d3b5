/** "@小王 @Mike 帮你录个线索": the people addressed at the start of a group message ("吴总 @大疆" is "at"). */
export const LEADING_MENTION = /^(?:\s*@\S+)*\s*@$/;
