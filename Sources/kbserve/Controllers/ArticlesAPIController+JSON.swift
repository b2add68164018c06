import KnowledgeBase

extension ArticlesAPIController.Summary: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.articleMembers(id: id, title: title, summary: summary, category: category, audience: audience, lang: lang, url: url, updated: updated)
        }
    }
}

extension ArticlesAPIController.Heading: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("heading", heading)
            json.member("level", level)
            json.member("anchor", anchor)
            json.member("url", url)
        }
    }
}

extension ArticlesAPIController.Detail: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.articleMembers(id: id, title: title, summary: summary, category: category, audience: audience, lang: lang, url: url, updated: updated)
            json.key("aliases")
            json.array(aliases)
            json.key("errors")
            json.array(errors) { json, error in
                json.object { json in
                    json.member("id", error.id)
                    json.member("message", error.message)
                    json.key("variants")
                    json.array(error.variants)
                }
            }
            json.key("sections")
            json.array(sections)
            json.key("related")
            json.array(related)
            json.member("html", html)
        }
    }
}

extension ArticlesAPIController.List: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("total", total)
            json.key("articles")
            json.array(articles)
        }
    }
}

extension JSONWriter {
    /// The members every article representation (summary or detail) starts with.
    mutating func articleMembers(
        id: ArticleID, title: String, summary: String, category: Category?, audience: Audience, lang: Language, url: String, updated: String?
    ) {
        member("id", id.rawValue)
        member("title", title)
        member("summary", summary)
        member("category", category?.rawValue)
        member("audience", audience.rawValue)
        member("lang", lang.rawValue)
        member("url", url)
        member("updated", updated)
    }
}
