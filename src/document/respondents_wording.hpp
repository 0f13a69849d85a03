#pragma once

// Sentences of a report that merges several respondents' answers, for the
// team report's builder (report_document.cpp). Raw text: the writers escape it.

#include <string>
#include <vector>

#include "gait/document/document.hpp"
#include "gait/model/result.hpp"

namespace gait {

// "3 (Ana, Ben, Chloe)": how many took part, and who.
std::string respondents_field(const Result& result);

// The merged answer: "between Partly and Yes (0.75, median of 4)", "Not
// applicable (2 of 3 said so)", or "unanswered (counted as 0)".
std::string merged_answer_fact(const Result& result, const QuestionOutcome& question);

// Why a question is to discuss: "2 steps apart, from No to Yes", "split
// between n/a and an answer", or both.
std::string spread_fact(const QuestionOutcome& question);

// Each respondent's answer and note, labelled with their name ("Ana":
// "Partly — we rotate weekly"), then their evidence ("Evidence, Ana").
std::vector<doc::Fact> respondent_facts(const QuestionOutcome& question);

}  // namespace gait
