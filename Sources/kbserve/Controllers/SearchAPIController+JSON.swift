import KnowledgeBase

extension SearchAPIController.Result: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("id", id.rawValue)
            json.member("title", title)
            json.member("url", url)
            json.member("anchor", anchor)
            json.member("snippet", snippet)
            json.member("score", score)
            json.member("category", category?.rawValue)
            json.member("partial", partial)
        }
    }
}

extension SearchAPIController.Results: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("query", query)
            json.member("lang", lang.rawValue)
            json.member("total", total)
            json.member("confident", confident)
            json.key("results")
            json.array(results)
            json.member("suggestion", suggestion)
        }
    }
}

extension SearchAPIController.Suggestion: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("id", id.rawValue)
            json.member("title", title)
            json.member("url", url)
        }
    }
}

extension SearchAPIController.Suggestions: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("query", query)
            json.member("lang", lang.rawValue)
            json.key("suggestions")
            json.array(suggestions)
        }
    }
}
