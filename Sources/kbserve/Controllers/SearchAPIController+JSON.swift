/// The search response written with `JSONWriter` (the same members, in the same order, as
/// its `Encodable` conformance; `SearchJSONTests` compares the two).
extension SearchAPIController.Results: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.openObject()
        json.key("searchId"); json.string(searchId)
        json.key("query"); json.string(query)
        json.key("lang"); json.string(lang.rawValue)
        json.key("total"); json.int(total)
        json.key("confident"); json.bool(confident)
        json.key("results")
        json.openArray()
        for result in results { result.write(to: &json) }
        json.closeArray()
        if let suggestion { json.key("suggestion"); json.string(suggestion) }
        if let otherLanguage {
            json.key("otherLanguage")
            json.openObject()
            json.key("lang"); json.string(otherLanguage.lang.rawValue)
            json.key("total"); json.int(otherLanguage.total)
            json.closeObject()
        }
        json.closeObject()
    }
}

extension SearchAPIController.Result: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.openObject()
        json.key("id"); json.string(id.rawValue)
        json.key("title"); json.string(title)
        json.key("url"); json.string(url)
        json.key("anchor"); json.string(anchor)
        json.key("snippet"); json.string(snippet)
        json.key("score"); json.double(score)
        if let category { json.key("category"); json.string(category.rawValue) }
        json.key("partial"); json.bool(partial)
        json.closeObject()
    }
}
