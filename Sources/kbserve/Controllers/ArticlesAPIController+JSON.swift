import KnowledgeBase

extension ArticlesAPIController.Summary: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("id", id.rawValue)
            json.member("title", title)
            json.member("summary", summary)
            json.member("category", category?.rawValue)
            json.member("url", url)
            json.member("updated", updated)
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
            json.member("id", id.rawValue)
            json.member("title", title)
            json.member("summary", summary)
            json.member("category", category?.rawValue)
            json.member("url", url)
            json.member("updated", updated)
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
