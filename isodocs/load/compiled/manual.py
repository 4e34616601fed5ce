# Written by `python -m isodocs.load.compiled`; not to be edited.
# flake8: noqa
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[a-z0-9][a-z0-9._-]*$': re.compile('^[a-z0-9][a-z0-9._-]*\\Z'),
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z')
}

NoneType = type(None)

def validate_urn_isodocs_schema_manual_1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:manual:1', 'type': 'object', 'required': ['agency'], 'properties': {'agency': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'short_name': {'type': 'string', 'minLength': 1}, 'parent': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'language': {'enum': ['vi', 'en'], 'default': 'vi'}, 'standard': {'type': 'string', 'minLength': 1, 'default': 'TCVN ISO 9001:2015'}, 'code_pattern': {'type': 'string', 'minLength': 1}, 'review_interval_months': {'type': 'integer', 'minimum': 1, 'default': 12}, 'time_reduction_target': {'type': 'number', 'minimum': 0, 'exclusiveMaximum': 100}, 'people': {'type': 'object', 'propertyNames': {'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'additionalProperties': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}}, 'roles': {'type': 'object', 'properties': {'reviewers': {'type': 'array', 'items': {'$ref': '#/$defs/person_id'}}, 'approvers': {'type': 'array', 'items': {'$ref': '#/$defs/person_id'}}, 'secretary': {'$ref': '#/$defs/person_id'}}, 'additionalProperties': False}, 'distribution': {'type': 'array', 'items': {'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}}, 'catalog': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, 'additionalProperties': False, '$defs': {'agency': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'short_name': {'type': 'string', 'minLength': 1}, 'parent': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'person': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}, 'person_id': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'roles': {'type': 'object', 'properties': {'reviewers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'approvers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'secretary': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}, 'distribution_copy': {'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, 'catalog_entry': {'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['agency']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:manual:1', 'type': 'object', 'required': ['agency'], 'properties': {'agency': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'short_name': {'type': 'string', 'minLength': 1}, 'parent': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'language': {'enum': ['vi', 'en'], 'default': 'vi'}, 'standard': {'type': 'string', 'minLength': 1, 'default': 'TCVN ISO 9001:2015'}, 'code_pattern': {'type': 'string', 'minLength': 1}, 'review_interval_months': {'type': 'integer', 'minimum': 1, 'default': 12}, 'time_reduction_target': {'type': 'number', 'minimum': 0, 'exclusiveMaximum': 100}, 'people': {'type': 'object', 'propertyNames': {'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'additionalProperties': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}}, 'roles': {'type': 'object', 'properties': {'reviewers': {'type': 'array', 'items': {'$ref': '#/$defs/person_id'}}, 'approvers': {'type': 'array', 'items': {'$ref': '#/$defs/person_id'}}, 'secretary': {'$ref': '#/$defs/person_id'}}, 'additionalProperties': False}, 'distribution': {'type': 'array', 'items': {'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}}, 'catalog': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, 'additionalProperties': False, '$defs': {'agency': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'short_name': {'type': 'string', 'minLength': 1}, 'parent': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'person': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}, 'person_id': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'roles': {'type': 'object', 'properties': {'reviewers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'approvers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'secretary': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}, 'distribution_copy': {'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, 'catalog_entry': {'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, rule='required')
        data_keys = set(data.keys())
        if "agency" in data_keys:
            data_keys.remove("agency")
            data__agency = data["agency"]
            validate____defs_agency(data__agency, custom_formats, (name_prefix or "data") + ".agency")
        if "language" in data_keys:
            data_keys.remove("language")
            data__language = data["language"]
            if not (isinstance(data__language, str) and data__language == 'vi' or isinstance(data__language, str) and data__language == 'en'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must be one of ['vi', 'en']", value=data__language, name="" + (name_prefix or "data") + ".language", definition={'enum': ['vi', 'en'], 'default': 'vi'}, rule='enum')
        else: data["language"] = 'vi'
        if "standard" in data_keys:
            data_keys.remove("standard")
            data__standard = data["standard"]
            if not isinstance(data__standard, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".standard must be string", value=data__standard, name="" + (name_prefix or "data") + ".standard", definition={'type': 'string', 'minLength': 1, 'default': 'TCVN ISO 9001:2015'}, rule='type')
            if isinstance(data__standard, str):
                data__standard_len = len(data__standard)
                if data__standard_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".standard must be longer than or equal to 1 characters", value=data__standard, name="" + (name_prefix or "data") + ".standard", definition={'type': 'string', 'minLength': 1, 'default': 'TCVN ISO 9001:2015'}, rule='minLength')
        else: data["standard"] = 'TCVN ISO 9001:2015'
        if "code_pattern" in data_keys:
            data_keys.remove("code_pattern")
            data__codepattern = data["code_pattern"]
            if not isinstance(data__codepattern, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code_pattern must be string", value=data__codepattern, name="" + (name_prefix or "data") + ".code_pattern", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__codepattern, str):
                data__codepattern_len = len(data__codepattern)
                if data__codepattern_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".code_pattern must be longer than or equal to 1 characters", value=data__codepattern, name="" + (name_prefix or "data") + ".code_pattern", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "review_interval_months" in data_keys:
            data_keys.remove("review_interval_months")
            data__reviewintervalmonths = data["review_interval_months"]
            if not isinstance(data__reviewintervalmonths, (int)) and not (isinstance(data__reviewintervalmonths, float) and data__reviewintervalmonths.is_integer()) or isinstance(data__reviewintervalmonths, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".review_interval_months must be integer", value=data__reviewintervalmonths, name="" + (name_prefix or "data") + ".review_interval_months", definition={'type': 'integer', 'minimum': 1, 'default': 12}, rule='type')
            if isinstance(data__reviewintervalmonths, (int, float, Decimal)) and not isinstance(data__reviewintervalmonths, bool):
                if data__reviewintervalmonths < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".review_interval_months must be bigger than or equal to 1", value=data__reviewintervalmonths, name="" + (name_prefix or "data") + ".review_interval_months", definition={'type': 'integer', 'minimum': 1, 'default': 12}, rule='minimum')
        else: data["review_interval_months"] = 12
        if "time_reduction_target" in data_keys:
            data_keys.remove("time_reduction_target")
            data__timereductiontarget = data["time_reduction_target"]
            if not isinstance(data__timereductiontarget, (int, float, Decimal)) or isinstance(data__timereductiontarget, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".time_reduction_target must be number", value=data__timereductiontarget, name="" + (name_prefix or "data") + ".time_reduction_target", definition={'type': 'number', 'minimum': 0, 'exclusiveMaximum': 100}, rule='type')
            if isinstance(data__timereductiontarget, (int, float, Decimal)) and not isinstance(data__timereductiontarget, bool):
                if data__timereductiontarget < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".time_reduction_target must be bigger than or equal to 0", value=data__timereductiontarget, name="" + (name_prefix or "data") + ".time_reduction_target", definition={'type': 'number', 'minimum': 0, 'exclusiveMaximum': 100}, rule='minimum')
                if data__timereductiontarget >= 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".time_reduction_target must be smaller than 100", value=data__timereductiontarget, name="" + (name_prefix or "data") + ".time_reduction_target", definition={'type': 'number', 'minimum': 0, 'exclusiveMaximum': 100}, rule='exclusiveMaximum')
        if "people" in data_keys:
            data_keys.remove("people")
            data__people = data["people"]
            if not isinstance(data__people, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".people must be object", value=data__people, name="" + (name_prefix or "data") + ".people", definition={'type': 'object', 'propertyNames': {'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'additionalProperties': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}}, rule='type')
            data__people_is_dict = isinstance(data__people, dict)
            if data__people_is_dict:
                data__people_keys = set(data__people.keys())
                for data__people_key in data__people_keys:
                    if data__people_key not in []:
                        data__people_value = data__people.get(data__people_key)
                        validate____defs_person(data__people_value, custom_formats, (name_prefix or "data") + ".people.{data__people_key}".format(**locals()))
                data__people_len = len(data__people)
                if data__people_len != 0:
                    data__people_property_names = True
                    for data__people_key in data__people:
                        try:
                            if isinstance(data__people_key, str):
                                if not REGEX_PATTERNS['^[a-z0-9][a-z0-9._-]*$'].search(data__people_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".people must match pattern ^[a-z0-9][a-z0-9._-]*$", value=data__people_key, name="" + (name_prefix or "data") + ".people", definition={'pattern': '^[a-z0-9][a-z0-9._-]*$'}, rule='pattern')
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__people_property_names = False
                    if not data__people_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".people must be named by propertyName definition", value=data__people, name="" + (name_prefix or "data") + ".people", definition={'type': 'object', 'propertyNames': {'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'additionalProperties': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}}, rule='propertyNames')
        if "roles" in data_keys:
            data_keys.remove("roles")
            data__roles = data["roles"]
            validate____defs_roles(data__roles, custom_formats, (name_prefix or "data") + ".roles")
        if "distribution" in data_keys:
            data_keys.remove("distribution")
            data__distribution = data["distribution"]
            if not isinstance(data__distribution, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".distribution must be array", value=data__distribution, name="" + (name_prefix or "data") + ".distribution", definition={'type': 'array', 'items': {'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}}, rule='type')
            data__distribution_is_list = isinstance(data__distribution, (list, tuple))
            if data__distribution_is_list:
                data__distribution_len = len(data__distribution)
                for data__distribution_x, data__distribution_item in enumerate(data__distribution):
                    validate____defs_distribution_copy(data__distribution_item, custom_formats, (name_prefix or "data") + ".distribution[{data__distribution_x}]".format(**locals()))
        if "catalog" in data_keys:
            data_keys.remove("catalog")
            data__catalog = data["catalog"]
            if not isinstance(data__catalog, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".catalog must be array", value=data__catalog, name="" + (name_prefix or "data") + ".catalog", definition={'type': 'array', 'items': {'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}, rule='type')
            data__catalog_is_list = isinstance(data__catalog, (list, tuple))
            if data__catalog_is_list:
                data__catalog_len = len(data__catalog)
                for data__catalog_x, data__catalog_item in enumerate(data__catalog):
                    validate____defs_catalog_entry(data__catalog_item, custom_formats, (name_prefix or "data") + ".catalog[{data__catalog_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:manual:1', 'type': 'object', 'required': ['agency'], 'properties': {'agency': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'short_name': {'type': 'string', 'minLength': 1}, 'parent': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'language': {'enum': ['vi', 'en'], 'default': 'vi'}, 'standard': {'type': 'string', 'minLength': 1, 'default': 'TCVN ISO 9001:2015'}, 'code_pattern': {'type': 'string', 'minLength': 1}, 'review_interval_months': {'type': 'integer', 'minimum': 1, 'default': 12}, 'time_reduction_target': {'type': 'number', 'minimum': 0, 'exclusiveMaximum': 100}, 'people': {'type': 'object', 'propertyNames': {'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'additionalProperties': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}}, 'roles': {'type': 'object', 'properties': {'reviewers': {'type': 'array', 'items': {'$ref': '#/$defs/person_id'}}, 'approvers': {'type': 'array', 'items': {'$ref': '#/$defs/person_id'}}, 'secretary': {'$ref': '#/$defs/person_id'}}, 'additionalProperties': False}, 'distribution': {'type': 'array', 'items': {'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}}, 'catalog': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, 'additionalProperties': False, '$defs': {'agency': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'short_name': {'type': 'string', 'minLength': 1}, 'parent': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'person': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}, 'person_id': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'roles': {'type': 'object', 'properties': {'reviewers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'approvers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'secretary': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}, 'distribution_copy': {'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, 'catalog_entry': {'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, rule='additionalProperties')
    return data

def validate____defs_catalog_entry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['code', 'name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be string", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__code, str):
                data__code_len = len(data__code)
                if data__code_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be longer than or equal to 1 characters", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "field" in data_keys:
            data_keys.remove("field")
            data__field = data["field"]
            if not isinstance(data__field, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".field must be string", value=data__field, name="" + (name_prefix or "data") + ".field", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__field, str):
                data__field_len = len(data__field)
                if data__field_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".field must be longer than or equal to 1 characters", value=data__field, name="" + (name_prefix or "data") + ".field", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'name'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_distribution_copy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['copy', 'holder']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "copy" in data_keys:
            data_keys.remove("copy")
            data__copy = data["copy"]
            if not isinstance(data__copy, (int)) and not (isinstance(data__copy, float) and data__copy.is_integer()) or isinstance(data__copy, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".copy must be integer", value=data__copy, name="" + (name_prefix or "data") + ".copy", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__copy, (int, float, Decimal)) and not isinstance(data__copy, bool):
                if data__copy < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".copy must be bigger than or equal to 1", value=data__copy, name="" + (name_prefix or "data") + ".copy", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
        if "holder" in data_keys:
            data_keys.remove("holder")
            data__holder = data["holder"]
            if not isinstance(data__holder, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".holder must be string", value=data__holder, name="" + (name_prefix or "data") + ".holder", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__holder, str):
                data__holder_len = len(data__holder)
                if data__holder_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".holder must be longer than or equal to 1 characters", value=data__holder, name="" + (name_prefix or "data") + ".holder", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not isinstance(data__unit, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be string", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__unit, str):
                data__unit_len = len(data__unit)
                if data__unit_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be longer than or equal to 1 characters", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "issued" in data_keys:
            data_keys.remove("issued")
            data__issued = data["issued"]
            if not isinstance(data__issued, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued must be string", value=data__issued, name="" + (name_prefix or "data") + ".issued", definition={'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='type')
            if isinstance(data__issued, str):
                if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}$'].search(data__issued):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$", value=data__issued, name="" + (name_prefix or "data") + ".issued", definition={'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='pattern')
                if not custom_formats["date"](data__issued):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued must be date", value=data__issued, name="" + (name_prefix or "data") + ".issued", definition={'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='format')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['copy', 'holder'], 'properties': {'copy': {'type': 'integer', 'minimum': 1}, 'holder': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_roles(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'reviewers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'approvers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'secretary': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "reviewers" in data_keys:
            data_keys.remove("reviewers")
            data__reviewers = data["reviewers"]
            if not isinstance(data__reviewers, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reviewers must be array", value=data__reviewers, name="" + (name_prefix or "data") + ".reviewers", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, rule='type')
            data__reviewers_is_list = isinstance(data__reviewers, (list, tuple))
            if data__reviewers_is_list:
                data__reviewers_len = len(data__reviewers)
                for data__reviewers_x, data__reviewers_item in enumerate(data__reviewers):
                    validate____defs_person_id(data__reviewers_item, custom_formats, (name_prefix or "data") + ".reviewers[{data__reviewers_x}]".format(**locals()))
        if "approvers" in data_keys:
            data_keys.remove("approvers")
            data__approvers = data["approvers"]
            if not isinstance(data__approvers, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".approvers must be array", value=data__approvers, name="" + (name_prefix or "data") + ".approvers", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, rule='type')
            data__approvers_is_list = isinstance(data__approvers, (list, tuple))
            if data__approvers_is_list:
                data__approvers_len = len(data__approvers)
                for data__approvers_x, data__approvers_item in enumerate(data__approvers):
                    validate____defs_person_id(data__approvers_item, custom_formats, (name_prefix or "data") + ".approvers[{data__approvers_x}]".format(**locals()))
        if "secretary" in data_keys:
            data_keys.remove("secretary")
            data__secretary = data["secretary"]
            validate____defs_person_id(data__secretary, custom_formats, (name_prefix or "data") + ".secretary")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'reviewers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'approvers': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'secretary': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_person_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z0-9][a-z0-9._-]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[a-z0-9][a-z0-9._-]*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, rule='pattern')
    return data

def validate____defs_person(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            if not isinstance(data__email, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".email must be string", value=data__email, name="" + (name_prefix or "data") + ".email", definition={'type': 'string', 'minLength': 3}, rule='type')
            if isinstance(data__email, str):
                data__email_len = len(data__email)
                if data__email_len < 3:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".email must be longer than or equal to 3 characters", value=data__email, name="" + (name_prefix or "data") + ".email", definition={'type': 'string', 'minLength': 3}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'email': {'type': 'string', 'minLength': 3}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_agency(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'short_name': {'type': 'string', 'minLength': 1}, 'parent': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'short_name': {'type': 'string', 'minLength': 1}, 'parent': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "short_name" in data_keys:
            data_keys.remove("short_name")
            data__shortname = data["short_name"]
            if not isinstance(data__shortname, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".short_name must be string", value=data__shortname, name="" + (name_prefix or "data") + ".short_name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__shortname, str):
                data__shortname_len = len(data__shortname)
                if data__shortname_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".short_name must be longer than or equal to 1 characters", value=data__shortname, name="" + (name_prefix or "data") + ".short_name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "parent" in data_keys:
            data_keys.remove("parent")
            data__parent = data["parent"]
            if not isinstance(data__parent, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".parent must be string", value=data__parent, name="" + (name_prefix or "data") + ".parent", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__parent, str):
                data__parent_len = len(data__parent)
                if data__parent_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".parent must be longer than or equal to 1 characters", value=data__parent, name="" + (name_prefix or "data") + ".parent", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'short_name': {'type': 'string', 'minLength': 1}, 'parent': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='additionalProperties')
    return data


SCHEMA = '69d2fc5e54bf4caf763ced393b6406faadd45bafe7bb26170240a885b8cc3425'
VALIDATE = validate_urn_isodocs_schema_manual_1
