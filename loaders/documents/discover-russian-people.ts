import { allMatches } from "./all-matches.js";
import { discoveredEntity } from "./discover-entities.js";
import { MentionCoverage } from "./mention-coverage.js";
import type { Block, KnownEntity, Mention } from "./types.js";

/**
 * People who own things in Russian news: "бенефициаром назван Владислав Ресин", "группа ИСТ бизнесмена Александра
 * Несиса". A first name from the lexicon below in any case, an optional patronymic and a capitalised surname make
 * a person; only sentences about ownership keep one (the corpus annotates owners, not the ministers who speak).
 * The person is named in the nominative, so "Александра Несиса" and "Александр Несис" are one entity.
 */

const MALE = "Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артем Артём Борис Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав Всеволод Вячеслав Вагит Геннадий Георгий Герман Глеб Григорий Давид Даниил Денис Дмитрий Евгений Егор Зиявудин Иван Игорь Илья Искандар Кирилл Константин Леонид Максим Марат Михаил Никита Николай Нурлан Олег Павел Петр Пётр Роман Руслан Рустам Сергей Станислав Степан Тимур Умар Фарид Федор Фёдор Филипп Шухрат Эдуард Юрий Ярослав Алишер Булат Ерлан Кайрат Мухтар".split(" ");
const FEMALE = "Александра Алла Анна Валентина Галина Дарья Екатерина Елена Ирина Людмила Марина Мария Наталья Ольга Светлана Татьяна Юлия Гульнара".split(" ");

/** Case forms of a first name, each mapped to its nominative. */
function firstNameForms(): Map<string, { nominative: string; feminine: boolean; oblique: boolean }> {
  const forms = new Map<string, { nominative: string; feminine: boolean; oblique: boolean }>();
  const add = (form: string, nominative: string, feminine: boolean) => {
    if (!forms.has(form)) forms.set(form, { nominative, feminine, oblique: form !== nominative });
  };
  for (const name of MALE) {
    add(name, name, false);
    const stem = /(?:ий|ей|ай)$/u.test(name) ? name.slice(0, -1) : /[ая]$/u.test(name) ? name.slice(0, -1) : name === "Павел" ? "Павл" : /^П[её]тр$/u.test(name) ? "Петр" : name;
    const endings = /(?:ий|ей|ай)$/u.test(name) ? ["я", "ю", "ем", "е", "и"] : /я$/u.test(name) ? ["и", "е", "ю", "ей"] : /а$/u.test(name) ? ["ы", "е", "у", "ой"] : ["а", "у", "ом", "е"];
    for (const e of endings) add(stem + e, name, false);
  }
  for (const name of FEMALE) {
    add(name, name, true);
    const stem = name.slice(0, -1);
    const soft = /я$/u.test(name) || /[гкхжшчщ]а$/u.test(name);
    for (const e of soft ? ["и", "е", "ю", "ей"] : ["ы", "е", "у", "ой"]) add(stem + e, name, true);
  }
  return forms;
}
const FIRST_NAMES = firstNameForms();

// Cyrillic first names only: a Latin word before one ("Crispian Романа Абрамовича") must not take the match.
const PERSON = /(?<![\p{L}-])([А-ЯЁ][а-яё]+)(\s+[А-ЯЁ][а-яё]+(?:ович|евич|ич|овн|евн|ичн)[а-яё]*)?\s+([А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁ][а-яё]+)?)(?![\p{L}-])/gu;
/** Words that make a sentence about who owns or controls what. */
const OWNERSHIP = /владе|владел|принадлеж|бенефициар|акционер|мажоритар|миноритар|совладел|собственни|бизнесмен|предпринимател|миллиардер|контрол|купил|приобр[её]л|продал|учредител|основател/iu;
/** Officials are named in ownership news too, as the ones who sign or approve; their title comes right before. */
const OFFICIAL_BEFORE = /(?:президент|премьер|министр|вице-премьер|губернатор|депутат|спикер|пресс-секретар|посол|аналитик|эксперт|глав[аеыу]\s+правительства|замглав|мэр|сенатор|чиновник)\p{L}*\s+(?:\p{L}+\s+){0,2}$/iu;

/** A surname in an oblique case back in the nominative, as far as the first name's case shows it. */
function nominativeSurname(surname: string, feminine: boolean, oblique: boolean): string {
  if (!oblique) return surname;
  if (feminine) return surname.replace(/(ов|ев|ин)(?:ой|у)$/u, "$1а").replace(/(ск|цк)(?:ой|ую)$/u, "$1ая");
  const adjectival = /(ск|цк)(?:ого|ому|им|ом)$/u;
  if (adjectival.test(surname)) return surname.replace(adjectival, "$1ий");
  return surname.replace(/(ов|ев|ин|ын)(?:а|у|ым|е)$/u, "$1").replace(/([бвгдзклмнпрстфхцчшщ])(?:а|у|ом|ем|е)$/u, "$1");
}

/** Whether an organisation's name ends right before `start`, across spaces and one closing quote. */
function ownerBefore(text: string, start: number, coverage: MentionCoverage): boolean {
  let at = start - 1;
  while (at >= 0 && /\s/u.test(text[at] ?? "")) at--;
  if (at === start - 1) return false;
  if (/["»”]/u.test(text[at] ?? "")) at--;
  const k = coverage.at(at);
  return k !== undefined && k.entity.kind === "Actor" && k.end === at + 1;
}

/** Owners named by first name and surname in the Russian blocks, one entity per person in the document. */
export function withRussianPeople(mentions: readonly Mention[], text: string, blocks: readonly Block[]): Mention[] {
  const russian = blocks.filter((b) => b.role !== "furniture" && b.language === "ru");
  const added: Mention[] = [];
  const people = new Map<string, KnownEntity>();
  const coverage = new MentionCoverage(text.length, mentions);
  for (const block of russian) {
    const body = text.slice(block.start, block.end);
    const aboutOwners = OWNERSHIP.test(body);
    for (const m of allMatches(PERSON, body)) {
      const [surface, first = "", , surname = ""] = m;
      const form = FIRST_NAMES.get(first);
      if (!form) continue;
      const start = block.start + m.index;
      // «"Норвал" Ивана Кедрова»: a person in the genitive right after an organisation is its owner.
      const ownersGenitive = form.oblique && ownerBefore(text, start, coverage);
      if (!aboutOwners && !ownersGenitive) continue;
      const end = start + surface.length;
      if (coverage.taken(start, end) || OFFICIAL_BEFORE.test(body.slice(Math.max(0, m.index - 50), m.index))) continue;
      const name = `${form.nominative} ${nominativeSurname(surname, form.feminine, form.oblique)}`;
      const entity = people.get(name) ?? discoveredEntity("Actor", name, "person");
      people.set(name, entity);
      added.push({ entity, start, end, text: surface, via: "form", confidence: 0.6 });
    }
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
