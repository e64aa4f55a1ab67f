/* Generated from clauses/en by scripts/gen-clauses.mjs. Do not edit. */
// @ts-nocheck: precompiled Handlebars templates are plain JavaScript.

/** The built-in clauses by name (`about`, `partials/right-item`), compiled with COMPILE_OPTIONS. */
export const CLAUSES: Readonly<Record<string, TemplateSpecification>> = {
  "about": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(data,"root"),"serviceIsCompany"),{"name":"unless","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":16,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"legal_form"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(data,"root"),"gdprLike"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(19, data, 0),"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"scope"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"out_of_scope"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(data,"root"),"lawNames"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":44,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(depth0,"dpo"),{"name":"with","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":48,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"representatives"),{"name":"each","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":58,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "name", {"start":{"line":5,"column":2},"end":{"line":5,"column":6}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":8}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(data,"root"),"tradingName"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":63}}})) != null ? stack1 : "")
    + "“we”, “us” or “our”) operates "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "service", {"start":{"line":5,"column":95},"end":{"line":5,"column":108}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":93},"end":{"line":5,"column":110}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":110},"end":{"line":5,"column":160}}})) != null ? stack1 : "")
    + ".\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "“"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "company", {"start":{"line":5,"column":38},"end":{"line":5,"column":51}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":36},"end":{"line":5,"column":53}}})) != null ? stack1 : "")
    + "”, ";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"description"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":5,"column":131},"end":{"line":5,"column":153}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":131},"end":{"line":5,"column":153}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"tradingName"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":16,"column":0}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "company", {"start":{"line":7,"column":2},"end":{"line":7,"column":15}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}})) != null ? stack1 : "")
    + " is operated by "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,lookupProperty(helpers,"phrase").call(alias2,lookupProperty(depth0,"name"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":7,"column":33},"end":{"line":7,"column":48}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":7,"column":33},"end":{"line":7,"column":48}}})) != null ? stack1 : "")
    + ".\nIn this policy, “"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "company", {"start":{"line":8,"column":19},"end":{"line":8,"column":32}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":17},"end":{"line":8,"column":34}}})) != null ? stack1 : "")
    + "”, “we”, “us” and “our” mean "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,lookupProperty(helpers,"phrase").call(alias2,lookupProperty(depth0,"name"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":8,"column":63},"end":{"line":8,"column":78}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":63},"end":{"line":8,"column":78}}})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "company", {"start":{"line":10,"column":2},"end":{"line":10,"column":15}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":17}}})) != null ? stack1 : "")
    + " is "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"description"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":10,"column":21},"end":{"line":10,"column":43}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":10,"column":21},"end":{"line":10,"column":43}}})) != null ? stack1 : "")
    + ".\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":16,"column":0}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "name", {"start":{"line":13,"column":2},"end":{"line":13,"column":6}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":8}}})) != null ? stack1 : "")
    + " (“we”, “us” or “our”) is "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"description"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":13,"column":34},"end":{"line":13,"column":56}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":13,"column":34},"end":{"line":13,"column":56}}})) != null ? stack1 : "")
    + ".\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "This policy is published by "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "name", {"start":{"line":15,"column":30},"end":{"line":15,"column":34}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":15,"column":28},"end":{"line":15,"column":36}}})) != null ? stack1 : "")
    + " (“we”, “us” or “our”).\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We are "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"legal_form"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":18,"column":7},"end":{"line":18,"column":28}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":18,"column":7},"end":{"line":18,"column":28}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"registration_number"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":28},"end":{"line":18,"column":108}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":108},"end":{"line":18,"column":175}}})) != null ? stack1 : "")
    + ".\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (registration number "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "registration_number", {"start":{"line":18,"column":79},"end":{"line":18,"column":98}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":18,"column":77},"end":{"line":18,"column":100}}})) != null ? stack1 : "")
    + ")";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", with our address at "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"addressLine").call(alias1,lookupProperty(depth0,"address"),{"name":"addressLine","hash":{},"data":data,"loc":{"start":{"line":18,"column":145},"end":{"line":18,"column":168}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":18,"column":145},"end":{"line":18,"column":168}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(15, data, 0),"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"registration_number"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Our address is "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"addressLine").call(alias1,lookupProperty(depth0,"address"),{"name":"addressLine","hash":{},"data":data,"loc":{"start":{"line":21,"column":15},"end":{"line":21,"column":38}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":21,"column":15},"end":{"line":21,"column":38}}})) != null ? stack1 : "")
    + ".\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"country"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":0}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We are based in "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"countryList").call(alias1,lookupProperty(depth0,"country"),{"name":"countryList","hash":{},"data":data,"loc":{"start":{"line":23,"column":16},"end":{"line":23,"column":39}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":23,"column":16},"end":{"line":23,"column":39}}})) != null ? stack1 : "")
    + ".\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Our registration number is "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "registration_number", {"start":{"line":26,"column":29},"end":{"line":26,"column":48}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":26,"column":27},"end":{"line":26,"column":50}}})) != null ? stack1 : "")
    + ".\n";
},"18":function(container,depth0,helpers,partials,data) {
    return "As the controller of the personal data described in this policy, we decide why and how it is used.\n";
},"19":function(container,depth0,helpers,partials,data) {
    return "We are responsible for the personal information described in this policy.\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "This policy covers "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(depth0,"scope"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":36,"column":19},"end":{"line":36,"column":36}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":36,"column":19},"end":{"line":36,"column":36}}})) != null ? stack1 : "")
    + ".\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "It does not apply to "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinOr").call(alias1,lookupProperty(depth0,"out_of_scope"),{"name":"joinOr","hash":{},"data":data,"loc":{"start":{"line":39,"column":21},"end":{"line":39,"column":44}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":39,"column":21},"end":{"line":39,"column":44}}})) != null ? stack1 : "")
    + ".\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We handle "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":43,"column":12},"end":{"line":43,"column":20}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":43,"column":10},"end":{"line":43,"column":22}}})) != null ? stack1 : "")
    + " in line with "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(lookupProperty(data,"root"),"lawNames"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":43,"column":36},"end":{"line":43,"column":62}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":43,"column":36},"end":{"line":43,"column":62}}})) != null ? stack1 : "")
    + ".\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We have appointed a Data Protection Officer"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"name"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":43},"end":{"line":47,"column":73}}})) != null ? stack1 : "")
    + " whom you can contact at "
    + ((stack1 = lookupProperty(helpers,"mailto").call(alias1,lookupProperty(depth0,"email"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":47,"column":98},"end":{"line":47,"column":116}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":116},"end":{"line":47,"column":176}}})) != null ? stack1 : "")
    + ".\n";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "name", {"start":{"line":47,"column":59},"end":{"line":47,"column":63}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":47,"column":57},"end":{"line":47,"column":65}}})) != null ? stack1 : "")
    + ",";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " or by post at "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"addressLine").call(alias1,lookupProperty(depth0,"address"),{"name":"addressLine","hash":{},"data":data,"loc":{"start":{"line":47,"column":146},"end":{"line":47,"column":169}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":47,"column":146},"end":{"line":47,"column":169}}})) != null ? stack1 : "");
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"jurisdiction"),"gdpr",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":51,"column":6},"end":{"line":51,"column":30}}}),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(31, data, 0),"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "");
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Our representative in the European Union under Art. 27 GDPR is "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "name", {"start":{"line":52,"column":65},"end":{"line":52,"column":69}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":52,"column":63},"end":{"line":52,"column":71}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.program(29, data, 0),"data":data,"loc":{"start":{"line":52,"column":71},"end":{"line":52,"column":239}}})) != null ? stack1 : "")
    + ".\n";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", whom you can contact at "
    + ((stack1 = lookupProperty(helpers,"mailto").call(alias1,lookupProperty(depth0,"email"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":52,"column":110},"end":{"line":52,"column":128}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":128},"end":{"line":52,"column":188}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":188},"end":{"line":52,"column":232}}})) != null ? stack1 : "");
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"addressLine").call(alias1,lookupProperty(depth0,"address"),{"name":"addressLine","hash":{},"data":data,"loc":{"start":{"line":52,"column":209},"end":{"line":52,"column":232}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":52,"column":209},"end":{"line":52,"column":232}}})) != null ? stack1 : "");
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"jurisdiction"),"uk_gdpr",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":53,"column":10},"end":{"line":53,"column":37}}}),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.program(33, data, 0),"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":57,"column":0}}})) != null ? stack1 : "");
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Our representative in the United Kingdom under Art. 27 UK GDPR is "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "name", {"start":{"line":54,"column":68},"end":{"line":54,"column":72}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":54,"column":66},"end":{"line":54,"column":74}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.program(29, data, 0),"data":data,"loc":{"start":{"line":54,"column":74},"end":{"line":54,"column":242}}})) != null ? stack1 : "")
    + ".\n";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Our representative in Switzerland under Art. 14 FADP is "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "name", {"start":{"line":56,"column":58},"end":{"line":56,"column":62}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":56,"column":56},"end":{"line":56,"column":64}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"email"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.program(29, data, 0),"data":data,"loc":{"start":{"line":56,"column":64},"end":{"line":56,"column":232}}})) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Who we are\n\n"
    + ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"policy"),"controller"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":59,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "ai": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## AI and automated processing\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"ai"),"features"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"training"),"never",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":12,"column":6},"end":{"line":12,"column":27}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"training_detail"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"ai"),"nonTrainingProviders"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"ai"),"trainingProviders"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"automated_decisions"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"advice"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":42,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use AI and automated processing in the following ways:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"ai"),"features"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "name", {"start":{"line":8,"column":6},"end":{"line":8,"column":10}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":4},"end":{"line":8,"column":12}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"description"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":8,"column":16},"end":{"line":8,"column":40}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":16},"end":{"line":8,"column":40}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"categoryNames"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":106}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"provider"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":106},"end":{"line":8,"column":175}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"limitations"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":175},"end":{"line":8,"column":226}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Data used: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(depth0,"categoryNames"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":8,"column":73},"end":{"line":8,"column":98}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":73},"end":{"line":8,"column":98}}})) != null ? stack1 : "")
    + ".";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " The model is provided by "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"provider"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":8,"column":148},"end":{"line":8,"column":167}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":148},"end":{"line":8,"column":167}}})) != null ? stack1 : "")
    + ".";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"limitations"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":8,"column":195},"end":{"line":8,"column":219}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":195},"end":{"line":8,"column":219}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We do not use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":13,"column":21},"end":{"line":13,"column":29}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":13,"column":19},"end":{"line":13,"column":31}}})) != null ? stack1 : "")
    + " to train AI models.\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"training"),"opt_in",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":14,"column":10},"end":{"line":14,"column":32}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":22,"column":0}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":15,"column":14},"end":{"line":15,"column":22}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":15,"column":12},"end":{"line":15,"column":24}}})) != null ? stack1 : "")
    + " to train AI models only if you opt in.\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"training"),"opt_out",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":10},"end":{"line":16,"column":33}}}),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":22,"column":0}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We may use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":17,"column":18},"end":{"line":17,"column":26}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":17,"column":16},"end":{"line":17,"column":28}}})) != null ? stack1 : "")
    + " to train AI models unless you opt out.\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"training"),"anonymized",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":18,"column":10},"end":{"line":18,"column":36}}}),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":22,"column":0}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":19,"column":14},"end":{"line":19,"column":22}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":19,"column":12},"end":{"line":19,"column":24}}})) != null ? stack1 : "")
    + " to train AI models only after anonymizing it, so that it can no longer be linked to you.\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"training"),"yes",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":20,"column":10},"end":{"line":20,"column":29}}}),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":0}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":21,"column":14},"end":{"line":21,"column":22}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":21,"column":12},"end":{"line":21,"column":24}}})) != null ? stack1 : "")
    + " to train AI models.\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"training_detail"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":24,"column":28}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":24,"column":28}}})) != null ? stack1 : "")
    + "\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"ai"),"nonTrainingProviders"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":27,"column":41}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":27,"column":41}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"ai"),"nonTrainingProviders"),"does","do",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":27,"column":42},"end":{"line":27,"column":94}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":27,"column":42},"end":{"line":27,"column":94}}})) != null ? stack1 : "")
    + " not use your data to train "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"ai"),"nonTrainingProviders"),"its","their",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":27,"column":122},"end":{"line":27,"column":176}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":27,"column":122},"end":{"line":27,"column":176}}})) != null ? stack1 : "")
    + " own models.\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"ai"),"trainingProviders"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":30,"column":38}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":30,"column":38}}})) != null ? stack1 : "")
    + " may use your data to train "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"ai"),"trainingProviders"),"its","their",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":30,"column":66},"end":{"line":30,"column":117}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":30,"column":66},"end":{"line":30,"column":117}}})) != null ? stack1 : "")
    + " own models.\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Some decisions that have legal or similarly significant effects on you are made solely by automated means"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"citation"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":105},"end":{"line":34,"column":163}}})) != null ? stack1 : "")
    + ".\nYou can ask for a person to review such a decision, give your point of view and contest the decision.\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (Art. 22 "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "citation", {"start":{"line":34,"column":139},"end":{"line":34,"column":153}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":34,"column":137},"end":{"line":34,"column":155}}})) != null ? stack1 : "")
    + ")";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"automated_decisions"),false,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":36,"column":10},"end":{"line":36,"column":40}}}),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":38,"column":0}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We do not make decisions that have legal or similarly significant effects on you based solely on automated processing"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"citation"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":117},"end":{"line":37,"column":175}}})) != null ? stack1 : "")
    + ".\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"advice"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":41,"column":19}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":41,"column":19}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"policy"),"ai"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":43,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "breaches": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"or").call(alias1,lookupProperty(depth0,"notify_users"),lookupProperty(depth0,"notify_authority"),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":2,"column":6},"end":{"line":2,"column":40}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Data breaches\n\nIf we become aware of a breach of security that affects your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":5,"column":63},"end":{"line":5,"column":71}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":61},"end":{"line":5,"column":73}}})) != null ? stack1 : "")
    + ", we will notify "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"notify_users"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":90},"end":{"line":5,"column":156}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"notify_authority"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":156},"end":{"line":5,"column":368}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"within"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":368},"end":{"line":5,"column":465}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(data,"root"),"citation"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":465},"end":{"line":5,"column":553}}})) != null ? stack1 : "")
    + ".\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "you"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"notify_authority"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":113},"end":{"line":5,"column":149}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return " and ";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"breachAuthorities"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":5,"column":180},"end":{"line":5,"column":361}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(helpers,"institutions").call(alias1,lookupProperty(lookupProperty(data,"root"),"breachAuthorities"),{"name":"institutions","hash":{},"data":data,"loc":{"start":{"line":5,"column":221},"end":{"line":5,"column":259}}}),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":5,"column":211},"end":{"line":5,"column":261}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":211},"end":{"line":5,"column":261}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"gdprLike"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":5,"column":261},"end":{"line":5,"column":354}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "the competent supervisory authority";
},"8":function(container,depth0,helpers,partials,data) {
    return "the relevant authorities";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " within "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"durationWords").call(alias1,lookupProperty(depth0,"within"),{"name":"durationWords","hash":{},"data":data,"loc":{"start":{"line":5,"column":390},"end":{"line":5,"column":414}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":390},"end":{"line":5,"column":414}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"where_feasible"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":414},"end":{"line":5,"column":458}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    return " where feasible";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", in line with Articles 33 and 34 of the "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "citation", {"start":{"line":5,"column":530},"end":{"line":5,"column":544}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":528},"end":{"line":5,"column":546}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"policy"),"breach_notification"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "changes": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"channels"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"continued_use_is_acceptance"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "If we make a material change, we will tell you "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(helpers,"changeChannels").call(alias1,lookupProperty(depth0,"channels"),lookupProperty(lookupProperty(data,"root"),"service"),{"name":"changeChannels","hash":{},"data":data,"loc":{"start":{"line":7,"column":57},"end":{"line":7,"column":96}}}),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":7,"column":47},"end":{"line":7,"column":98}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":7,"column":47},"end":{"line":7,"column":98}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"notice_period"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":98},"end":{"line":7,"column":190}}})) != null ? stack1 : "")
    + ".\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " at least "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"durationWords").call(alias1,lookupProperty(depth0,"notice_period"),{"name":"durationWords","hash":{},"data":data,"loc":{"start":{"line":7,"column":129},"end":{"line":7,"column":160}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":7,"column":129},"end":{"line":7,"column":160}}})) != null ? stack1 : "")
    + " before it takes effect";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"notice_period"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":0}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "If we make a material change, we will tell you at least "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"durationWords").call(alias1,lookupProperty(depth0,"notice_period"),{"name":"durationWords","hash":{},"data":data,"loc":{"start":{"line":9,"column":56},"end":{"line":9,"column":87}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":9,"column":56},"end":{"line":9,"column":87}}})) != null ? stack1 : "")
    + " before it takes effect.\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "If you keep using "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "service", {"start":{"line":12,"column":20},"end":{"line":12,"column":33}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":12,"column":18},"end":{"line":12,"column":35}}})) != null ? stack1 : "")
    + " after a change takes effect, you accept the updated policy.\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nThe current version of this policy is always available at "
    + ((stack1 = lookupProperty(helpers,"link").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"presentation"),"url"),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":17,"column":58},"end":{"line":17,"column":85}}})) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Changes to this policy\n\nWe may update this policy from time to time.\nWhen we do, we will change the date at the top.\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"changes"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"presentation"),"url"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "children": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Children's privacy\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"directed_to_children"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "If you are a parent or guardian and believe that your child has given us "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":12,"column":75},"end":{"line":12,"column":83}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":12,"column":73},"end":{"line":12,"column":85}}})) != null ? stack1 : "")
    + ", please contact us at "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"contact"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":12,"column":108},"end":{"line":12,"column":189}}})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"and").call(alias1,lookupProperty(depth0,"delete_on_discovery"),lookupProperty(depth0,"min_age"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":13,"column":6},"end":{"line":13,"column":39}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentenceStart").call(alias1,lookupProperty(lookupProperty(data,"root"),"service"),{"name":"sentenceStart","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":31}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":31}}})) != null ? stack1 : "")
    + " is designed for children"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"min_age"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":56},"end":{"line":5,"column":104}}})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"laws"),"coppa"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " aged "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "min_age", {"start":{"line":5,"column":79},"end":{"line":5,"column":86}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":77},"end":{"line":5,"column":88}}})) != null ? stack1 : "")
    + " and over";
},"3":function(container,depth0,helpers,partials,data) {
    return "We collect personal information from children under 13 only with the verifiable consent of a parent or guardian, as the Children's Online Privacy Protection Act (COPPA) requires.\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"min_age"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":0}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentenceStart").call(alias1,lookupProperty(lookupProperty(data,"root"),"service"),{"name":"sentenceStart","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":31}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":31}}})) != null ? stack1 : "")
    + " is not directed to children under "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,alias2(depth0, "min_age", {"start":{"line":10,"column":68},"end":{"line":10,"column":75}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":10,"column":66},"end":{"line":10,"column":77}}})) != null ? stack1 : "")
    + ", and we do not knowingly collect "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,alias2(lookupProperty(data,"root"), "pd", {"start":{"line":10,"column":113},"end":{"line":10,"column":121}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":10,"column":111},"end":{"line":10,"column":123}}})) != null ? stack1 : "")
    + " from anyone under "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,alias2(depth0, "min_age", {"start":{"line":10,"column":144},"end":{"line":10,"column":151}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":10,"column":142},"end":{"line":10,"column":153}}})) != null ? stack1 : "")
    + ".\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"mailto").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"contact"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":12,"column":123},"end":{"line":12,"column":143}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"mailto").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"privacyEmail"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":12,"column":151},"end":{"line":12,"column":182}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "If we learn that we have collected "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "pd", {"start":{"line":14,"column":37},"end":{"line":14,"column":45}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":14,"column":35},"end":{"line":14,"column":47}}})) != null ? stack1 : "")
    + " from a child under "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "min_age", {"start":{"line":14,"column":69},"end":{"line":14,"column":76}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":14,"column":67},"end":{"line":14,"column":78}}})) != null ? stack1 : "")
    + ", we will delete it.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"policy"),"children"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "collection": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"collection"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"source"),"provided",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":5,"column":6},"end":{"line":5,"column":28}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"categories"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "### Information you give us\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"source"),"automatic",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":7,"column":10},"end":{"line":7,"column":33}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":15,"column":0}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "### Information we collect automatically\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"source"),"third_party",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":9,"column":10},"end":{"line":9,"column":35}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":15,"column":0}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "### Information we receive from others\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"source"),"generated",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":11,"column":10},"end":{"line":11,"column":33}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":15,"column":0}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    return "### Information we generate\n";
},"9":function(container,depth0,helpers,partials,data) {
    return "### Other information\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"data-category"),depth0,{"name":"data-category","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We collect the following "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "pd", {"start":{"line":23,"column":27},"end":{"line":23,"column":29}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":23,"column":25},"end":{"line":23,"column":31}}})) != null ? stack1 : "")
    + ":\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"collection"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":29,"column":9}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"categories"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":9}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## What "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "pd", {"start":{"line":1,"column":10},"end":{"line":1,"column":12}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":8},"end":{"line":1,"column":14}}})) != null ? stack1 : "")
    + " we collect\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"collectionBySource"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "contact": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(depth0,"contact"), "team", {"start":{"line":3,"column":100},"end":{"line":3,"column":112}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":3,"column":98},"end":{"line":3,"column":114}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "us";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"phone"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Contact form: "
    + ((stack1 = lookupProperty(helpers,"link").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"url"),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":8,"column":16},"end":{"line":8,"column":30}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Phone: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "phone", {"start":{"line":11,"column":11},"end":{"line":11,"column":16}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":11,"column":9},"end":{"line":11,"column":18}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"phone"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"address"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"website"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"email"),lookupProperty(lookupProperty(data,"root"),"privacyEmail"),{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":28,"column":10},"end":{"line":28,"column":39}}}),{"name":"unless","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(depth0,"dpo"),{"name":"with","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"contact"),"phone"),{"name":"unless","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":20,"column":11}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"phone"),lookupProperty(lookupProperty(lookupProperty(data,"root"),"contact"),"phone"),{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":18,"column":14},"end":{"line":18,"column":44}}}),{"name":"unless","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":20,"column":0}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Phone for general enquiries: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "phone", {"start":{"line":19,"column":33},"end":{"line":19,"column":38}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":19,"column":31},"end":{"line":19,"column":40}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Post: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "name", {"start":{"line":23,"column":10},"end":{"line":23,"column":14}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":23,"column":8},"end":{"line":23,"column":16}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"addressLine").call(alias1,lookupProperty(depth0,"address"),{"name":"addressLine","hash":{},"data":data,"loc":{"start":{"line":23,"column":18},"end":{"line":23,"column":41}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":23,"column":18},"end":{"line":23,"column":41}}})) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Website: "
    + ((stack1 = lookupProperty(helpers,"link").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"website"),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":26,"column":11},"end":{"line":26,"column":29}}})) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- General enquiries: "
    + ((stack1 = lookupProperty(helpers,"mailto").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"email"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":29,"column":21},"end":{"line":29,"column":39}}})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Data Protection Officer: "
    + ((stack1 = lookupProperty(helpers,"mailto").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"email"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":32,"column":27},"end":{"line":32,"column":45}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Contact us\n\nIf you have questions about this policy or how we handle your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "pd", {"start":{"line":3,"column":64},"end":{"line":3,"column":66}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":3,"column":62},"end":{"line":3,"column":68}}})) != null ? stack1 : "")
    + ", contact "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"contact"),"team"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":78},"end":{"line":3,"column":131}}})) != null ? stack1 : "")
    + ":\n\n- Email: "
    + ((stack1 = lookupProperty(helpers,"mailto").call(alias1,lookupProperty(depth0,"privacyEmail"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":34}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"contact"),{"name":"with","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"controller"),{"name":"with","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "cookies": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Cookies and similar technologies\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"used"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"purposes"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tools"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"third_party_tracking"),false,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":34,"column":6},"end":{"line":34,"column":37}}}),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"local_storage"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":42,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"control"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":50,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"policy_url"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":53,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"and").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"used"),"length"),1,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":5,"column":11},"end":{"line":5,"column":29}}}),lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"used"),"0"),"strictly_necessary",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":5,"column":30},"end":{"line":5,"column":64}}}),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":5,"column":6},"end":{"line":5,"column":65}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use only strictly necessary cookies, which "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "service", {"start":{"line":6,"column":48},"end":{"line":6,"column":61}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":6,"column":46},"end":{"line":6,"column":63}}})) != null ? stack1 : "")
    + " needs in order to work.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use the following kinds of cookies and similar technologies:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"used"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,depth0,"strictly_necessary",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":11,"column":6},"end":{"line":11,"column":36}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Strictly necessary**, which "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "service", {"start":{"line":12,"column":34},"end":{"line":12,"column":47}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":12,"column":32},"end":{"line":12,"column":49}}})) != null ? stack1 : "")
    + " needs in order to work\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,depth0,"preferences",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":13,"column":10},"end":{"line":13,"column":33}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":21,"column":0}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "- **Preferences**, which remember your settings and choices\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,depth0,"analytics",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":15,"column":10},"end":{"line":15,"column":31}}}),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":21,"column":0}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **Analytics**, which help us understand how "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "service", {"start":{"line":16,"column":48},"end":{"line":16,"column":61}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":16,"column":46},"end":{"line":16,"column":63}}})) != null ? stack1 : "")
    + " is used\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,depth0,"advertising",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":17,"column":10},"end":{"line":17,"column":33}}}),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":21,"column":0}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return "- **Advertising**, which are used to show you ads and measure how well they work\n";
},"12":function(container,depth0,helpers,partials,data) {
    return "- **Social media**, which enable social media features and let social networks recognize your visits\n";
},"13":function(container,depth0,helpers,partials,data) {
    return "We do not use cookies.\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use them to "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(depth0,"purposes"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":29,"column":15},"end":{"line":29,"column":35}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":29,"column":15},"end":{"line":29,"column":35}}})) != null ? stack1 : "")
    + ".\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We also use "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"plural").call(alias1,lookupProperty(depth0,"tools"),"this tracking tool","these tracking tools",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":32,"column":12},"end":{"line":32,"column":72}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":32,"column":12},"end":{"line":32,"column":72}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(depth0,"tools"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":32,"column":74},"end":{"line":32,"column":91}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":32,"column":74},"end":{"line":32,"column":91}}})) != null ? stack1 : "")
    + ".\n";
},"16":function(container,depth0,helpers,partials,data) {
    return "We do not use third-party advertising or tracking cookies.\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"third_party_tracking"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":38,"column":0}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    return "Third parties set their own cookies or run tracking scripts through our website.\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"local_storage"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":41,"column":26}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":41,"column":26}}})) != null ? stack1 : "")
    + "\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"isSentence").call(alias1,lookupProperty(depth0,"control"),{"name":"isSentence","hash":{},"data":data,"loc":{"start":{"line":45,"column":6},"end":{"line":45,"column":26}}}),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":49,"column":7}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"control"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":46,"column":20}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":46,"column":20}}})) != null ? stack1 : "")
    + "\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You can manage cookies "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"control"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":48,"column":23},"end":{"line":48,"column":41}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":48,"column":23},"end":{"line":48,"column":41}}})) != null ? stack1 : "")
    + ".\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "For details of each cookie we use, see our cookie policy at "
    + ((stack1 = lookupProperty(helpers,"link").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"policy_url"),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":52,"column":60},"end":{"line":52,"column":81}}})) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"policy"),"cookies"),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":54,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "intro": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Effective "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"effective_date"),lookupProperty(depth0,"dateStyle"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":56}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":4,"column":10},"end":{"line":4,"column":56}}})) != null ? stack1 : "")
    + " · Last updated "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"last_updated"),lookupProperty(depth0,"dateStyle"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":4,"column":72},"end":{"line":4,"column":116}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":4,"column":72},"end":{"line":4,"column":116}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Effective "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"formatDate").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"effective_date"),lookupProperty(depth0,"dateStyle"),{"name":"formatDate","hash":{},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":56}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":56}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(lookupProperty(depth0,"presentation"),"summary"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":33}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":33}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "This policy explains how "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "company", {"start":{"line":12,"column":27},"end":{"line":12,"column":34}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":12,"column":25},"end":{"line":12,"column":36}}})) != null ? stack1 : "")
    + " collects, uses, shares and protects "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "pd", {"start":{"line":12,"column":75},"end":{"line":12,"column":77}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":12,"column":73},"end":{"line":12,"column":79}}})) != null ? stack1 : "")
    + " when you use "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"serviceIsCompany"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":12,"column":93},"end":{"line":12,"column":155}}})) != null ? stack1 : "")
    + ", and the rights you have over it.\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "our services";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "service", {"start":{"line":12,"column":139},"end":{"line":12,"column":146}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":12,"column":137},"end":{"line":12,"column":148}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "title", {"start":{"line":1,"column":4},"end":{"line":1,"column":9}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":11}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"last_updated"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"presentation"),"summary"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "legal-bases": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Our legal bases for using your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "pd", {"start":{"line":2,"column":36},"end":{"line":2,"column":38}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":2,"column":34},"end":{"line":2,"column":40}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"citation"),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.program(2, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + "These are the bases we rely on, and the purposes for which we rely on each.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"bases"),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":43,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Under the "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "citation", {"start":{"line":5,"column":12},"end":{"line":5,"column":20}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":10},"end":{"line":5,"column":22}}})) != null ? stack1 : "")
    + ", we may use personal data only when we have a legal basis for it.\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "pd", {"start":{"line":7,"column":9},"end":{"line":7,"column":11}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":7,"column":7},"end":{"line":7,"column":13}}})) != null ? stack1 : "")
    + " only when we have a legal basis for it.\n";
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"basisLabel").call(alias1,lookupProperty(depth0,"basis"),lookupProperty(lookupProperty(data,"root"),"citation"),{"name":"basisLabel","hash":{},"data":data,"loc":{"start":{"line":12,"column":4},"end":{"line":12,"column":39}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":12,"column":4},"end":{"line":12,"column":39}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"basis"),"consent",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":14,"column":6},"end":{"line":14,"column":26}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.program(5, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"purposes"),{"name":"each","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"basis"),"consent",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":36,"column":6},"end":{"line":36,"column":26}}}),{"name":"if","hash":{},"fn":container.program(23, data, 0, blockParams, depths),"inverse":container.program(24, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "We rely on your consent for:\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"basis"),"contract",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":10},"end":{"line":16,"column":31}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":26,"column":0}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":17,"column":14},"end":{"line":17,"column":22}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":17,"column":12},"end":{"line":17,"column":24}}})) != null ? stack1 : "")
    + " where this is necessary to perform our contract with you, or to take steps you ask for before entering into one:\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"basis"),"legal_obligation",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":18,"column":10},"end":{"line":18,"column":39}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":26,"column":0}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":19,"column":14},"end":{"line":19,"column":22}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":19,"column":12},"end":{"line":19,"column":24}}})) != null ? stack1 : "")
    + " where the law requires us to:\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"basis"),"vital_interests",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":20,"column":10},"end":{"line":20,"column":38}}}),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":26,"column":0}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":21,"column":14},"end":{"line":21,"column":22}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":21,"column":12},"end":{"line":21,"column":24}}})) != null ? stack1 : "")
    + " where this is necessary to protect your life or someone else's:\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"basis"),"public_task",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":22,"column":10},"end":{"line":22,"column":34}}}),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":26,"column":0}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":23,"column":14},"end":{"line":23,"column":22}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":23,"column":12},"end":{"line":23,"column":24}}})) != null ? stack1 : "")
    + " where this is necessary to perform a task in the public interest:\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":25,"column":14},"end":{"line":25,"column":22}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":25,"column":12},"end":{"line":25,"column":24}}})) != null ? stack1 : "")
    + " where this is necessary for our legitimate interests, and your interests and fundamental rights do not override them:\n";
},"14":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depths[1],"detailed"),{"name":"if","hash":{},"fn":container.program(15, data, 0, blockParams, depths),"inverse":container.program(22, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"name"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":30,"column":4},"end":{"line":30,"column":19}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":30,"column":4},"end":{"line":30,"column":19}}})) != null ? stack1 : "")
    + ".**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depths[1],"basis"),"consent",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":30,"column":28},"end":{"line":30,"column":51}}}),{"name":"if","hash":{},"fn":container.program(16, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":22},"end":{"line":30,"column":214}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"and").call(alias1,lookupProperty(depth0,"legal_obligation"),lookupProperty(helpers,"eq").call(alias1,lookupProperty(depths[1],"basis"),"legal_obligation",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":30,"column":242},"end":{"line":30,"column":274}}}),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":30,"column":220},"end":{"line":30,"column":275}}}),{"name":"if","hash":{},"fn":container.program(20, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":214},"end":{"line":30,"column":333}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"and").call(alias1,lookupProperty(depth0,"legitimate_interest"),lookupProperty(helpers,"eq").call(alias1,lookupProperty(depths[1],"basis"),"legitimate_interests",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":30,"column":364},"end":{"line":30,"column":400}}}),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":30,"column":339},"end":{"line":30,"column":401}}}),{"name":"if","hash":{},"fn":container.program(21, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":333},"end":{"line":30,"column":458}}})) != null ? stack1 : "")
    + "\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"consent"),{"name":"with","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":53},"end":{"line":30,"column":207}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"how_given"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":70},"end":{"line":30,"column":138}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"withdraw"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":138},"end":{"line":30,"column":198}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " You give your consent "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"how_given"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":30,"column":110},"end":{"line":30,"column":130}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":30,"column":110},"end":{"line":30,"column":130}}})) != null ? stack1 : "")
    + ".";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " To withdraw it, "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"withdraw"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":30,"column":171},"end":{"line":30,"column":190}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":30,"column":171},"end":{"line":30,"column":190}}})) != null ? stack1 : "")
    + ".";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " This is required by "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"legal_obligation"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":30,"column":298},"end":{"line":30,"column":325}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":30,"column":298},"end":{"line":30,"column":325}}})) != null ? stack1 : "")
    + ".";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Our interest is "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"legitimate_interest"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":30,"column":420},"end":{"line":30,"column":450}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":30,"column":420},"end":{"line":30,"column":450}}})) != null ? stack1 : "")
    + ".";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"capitalize").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"name"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":32,"column":15},"end":{"line":32,"column":28}}}),{"name":"capitalize","hash":{},"data":data,"loc":{"start":{"line":32,"column":2},"end":{"line":32,"column":30}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":32,"column":2},"end":{"line":32,"column":30}}})) != null ? stack1 : "")
    + "\n";
},"23":function(container,depth0,helpers,partials,data) {
    return "You can withdraw your consent at any time.\nWithdrawing it does not affect the lawfulness of anything we did with your consent before you withdrew it.\n";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"and").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"basis"),"legitimate_interests",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":39,"column":15},"end":{"line":39,"column":48}}}),lookupProperty(lookupProperty(data,"root"),"canObject"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":39,"column":10},"end":{"line":39,"column":65}}}),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":41,"column":0}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You have the right to object to any use of your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":40,"column":50},"end":{"line":40,"column":58}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":40,"column":48},"end":{"line":40,"column":60}}})) != null ? stack1 : "")
    + " based on our legitimate interests.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"bases"),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":44,"column":7}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true},
  "partials/data-category": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"condition"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":1,"column":31},"end":{"line":1,"column":51}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":31},"end":{"line":1,"column":51}}})) != null ? stack1 : "")
    + ")";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"examples"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":78},"end":{"line":1,"column":136}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":136},"end":{"line":1,"column":187}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"source_detail"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":187},"end":{"line":1,"column":362}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"optional"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":362},"end":{"line":1,"column":425}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sensitive"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":425},"end":{"line":1,"column":488}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":488},"end":{"line":1,"column":525}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"capitalize").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(depth0,"examples"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":1,"column":108},"end":{"line":1,"column":126}}}),{"name":"capitalize","hash":{},"data":data,"loc":{"start":{"line":1,"column":95},"end":{"line":1,"column":128}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":95},"end":{"line":1,"column":128}}})) != null ? stack1 : "")
    + ".";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"description"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":1,"column":156},"end":{"line":1,"column":180}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":156},"end":{"line":1,"column":180}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"source"),"automatic",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":215},"end":{"line":1,"column":238}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":1,"column":209},"end":{"line":1,"column":329}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"source_detail"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":1,"column":330},"end":{"line":1,"column":354}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":330},"end":{"line":1,"column":354}}})) != null ? stack1 : "")
    + ".";
},"5":function(container,depth0,helpers,partials,data) {
    return "Collected through";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"source"),"third_party",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":267},"end":{"line":1,"column":292}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":1,"column":257},"end":{"line":1,"column":322}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "Received from";
},"8":function(container,depth0,helpers,partials,data) {
    return "Source:";
},"9":function(container,depth0,helpers,partials,data) {
    return " Giving us this information is optional.";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " We treat it as sensitive "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":1,"column":470},"end":{"line":1,"column":478}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":468},"end":{"line":1,"column":480}}})) != null ? stack1 : "")
    + ".";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"note"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":1,"column":501},"end":{"line":1,"column":518}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":501},"end":{"line":1,"column":518}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "name", {"start":{"line":1,"column":4},"end":{"line":1,"column":8}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":10}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"condition"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":12},"end":{"line":1,"column":59}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasDetails"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":59},"end":{"line":1,"column":532}}})) != null ? stack1 : "");
},"useData":true},
  "partials/disclosure": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Legal requirements.** We disclose "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":2,"column":38},"end":{"line":2,"column":46}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":2,"column":36},"end":{"line":2,"column":48}}})) != null ? stack1 : "")
    + " to law enforcement, regulators, courts or other public authorities when the law requires it or in response to valid legal process.";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"protect_rights",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":3,"column":11},"end":{"line":3,"column":37}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":15,"column":0}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Protecting rights and safety.** We may disclose "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "pd", {"start":{"line":4,"column":52},"end":{"line":4,"column":60}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":4,"column":50},"end":{"line":4,"column":62}}})) != null ? stack1 : "")
    + " where this is necessary to protect the rights, property or safety of "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "company", {"start":{"line":4,"column":134},"end":{"line":4,"column":147}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":4,"column":132},"end":{"line":4,"column":149}}})) != null ? stack1 : "")
    + ", our users or others, including to investigate fraud and to enforce our terms.";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"business_transfer",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":5,"column":11},"end":{"line":5,"column":40}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":15,"column":0}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Business transfers.** If we are involved in a merger, acquisition or sale of all or part of our business, "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":6,"column":110},"end":{"line":6,"column":118}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":6,"column":108},"end":{"line":6,"column":120}}})) != null ? stack1 : "")
    + " may be transferred as part of that transaction.";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"with_consent",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":7,"column":11},"end":{"line":7,"column":35}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":15,"column":0}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**With your consent.** We share "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":8,"column":34},"end":{"line":8,"column":42}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":32},"end":{"line":8,"column":44}}})) != null ? stack1 : "")
    + " for other purposes when you ask us to or agree to it.";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"other_users",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":9,"column":11},"end":{"line":9,"column":34}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":15,"column":0}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Other users.** Some information about you is visible to people you interact with in "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "service", {"start":{"line":10,"column":88},"end":{"line":10,"column":101}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":10,"column":86},"end":{"line":10,"column":103}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"policy"),"visibility"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":103},"end":{"line":10,"column":179}}})) != null ? stack1 : "")
    + ".";
},"9":function(container,depth0,helpers,partials,data) {
    return "; see “What other users can see” below";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"professional_advisers",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":11,"column":11},"end":{"line":11,"column":44}}}),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":15,"column":0}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Professional advisers.** We may share "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":12,"column":42},"end":{"line":12,"column":50}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":12,"column":40},"end":{"line":12,"column":52}}})) != null ? stack1 : "")
    + " with our lawyers, accountants, auditors and insurers where they need it to advise us.";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Our group companies.** We may share "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":14,"column":40},"end":{"line":14,"column":48}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":14,"column":38},"end":{"line":14,"column":50}}})) != null ? stack1 : "")
    + " with other companies in our group for the purposes described in this policy.";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"description"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":16,"column":20},"end":{"line":16,"column":44}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":16,"column":20},"end":{"line":16,"column":44}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"kind"),"legal_requirement",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":7},"end":{"line":1,"column":36}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":16,"column":51}}})) != null ? stack1 : "");
},"useData":true},
  "partials/retention-details": {"0":function(container,depth0,helpers,partials,data) {
    return "Then deleted.";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"then"),"anonymized",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":50},"end":{"line":1,"column":72}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":40},"end":{"line":1,"column":158}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "Then anonymized.";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"then"),"aggregated",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":100},"end":{"line":1,"column":122}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":90},"end":{"line":1,"column":158}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "Then kept only in aggregated form.";
},"5":function(container,depth0,helpers,partials,data) {
    return " ";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Backup copies persist for up to "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"durationWords").call(alias1,lookupProperty(depth0,"backups"),{"name":"durationWords","hash":{},"data":data,"loc":{"start":{"line":1,"column":246},"end":{"line":1,"column":271}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":246},"end":{"line":1,"column":271}}})) != null ? stack1 : "")
    + " after deletion.";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"then"),"deleted",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":25}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":165}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"and").call(alias1,lookupProperty(depth0,"then"),lookupProperty(depth0,"backups"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":1,"column":171},"end":{"line":1,"column":189}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":165},"end":{"line":1,"column":199}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"backups"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":199},"end":{"line":1,"column":294}}})) != null ? stack1 : "");
},"useData":true},
  "partials/retention-period": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Depends on your plan: "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"by_plan"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":37},"end":{"line":1,"column":129}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"otherwise"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":129},"end":{"line":1,"column":203}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "plan", {"start":{"line":1,"column":56},"end":{"line":1,"column":60}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":54},"end":{"line":1,"column":62}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"retentionPeriod").call(alias1,lookupProperty(depth0,"period"),{"name":"retentionPeriod","hash":{},"data":data,"loc":{"start":{"line":1,"column":64},"end":{"line":1,"column":90}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":64},"end":{"line":1,"column":90}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":90},"end":{"line":1,"column":120}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "; ";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; otherwise "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"retentionPeriod").call(alias1,lookupProperty(depth0,"period"),lookupProperty(depth0,"up_to"),lookupProperty(depth0,"until"),{"name":"retentionPeriod","hash":{},"data":data,"loc":{"start":{"line":1,"column":158},"end":{"line":1,"column":196}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":158},"end":{"line":1,"column":196}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"capitalize").call(alias1,lookupProperty(helpers,"retentionPeriod").call(alias1,lookupProperty(depth0,"period"),lookupProperty(depth0,"up_to"),lookupProperty(depth0,"until"),{"name":"retentionPeriod","hash":{},"data":data,"loc":{"start":{"line":1,"column":224},"end":{"line":1,"column":260}}}),{"name":"capitalize","hash":{},"data":data,"loc":{"start":{"line":1,"column":211},"end":{"line":1,"column":262}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":211},"end":{"line":1,"column":262}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"start"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":1,"column":283},"end":{"line":1,"column":299}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":283},"end":{"line":1,"column":299}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"reason"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":1,"column":322},"end":{"line":1,"column":339}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":322},"end":{"line":1,"column":339}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", or "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"until"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":1,"column":371},"end":{"line":1,"column":471}}})) != null ? stack1 : "")
    + " if "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"when"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":1,"column":475},"end":{"line":1,"column":490}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":475},"end":{"line":1,"column":490}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "until "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"until"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":1,"column":390},"end":{"line":1,"column":406}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":390},"end":{"line":1,"column":406}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"period"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":1,"column":406},"end":{"line":1,"column":464}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"retentionPeriod").call(alias1,lookupProperty(depth0,"period"),{"name":"retentionPeriod","hash":{},"data":data,"loc":{"start":{"line":1,"column":424},"end":{"line":1,"column":450}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":424},"end":{"line":1,"column":450}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return "longer";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"by_plan"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":269}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"start"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":269},"end":{"line":1,"column":306}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"reason"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":306},"end":{"line":1,"column":346}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"exceptions"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":346},"end":{"line":1,"column":499}}})) != null ? stack1 : "");
},"useData":true},
  "partials/right-item": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "reference", {"start":{"line":1,"column":32},"end":{"line":1,"column":41}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":30},"end":{"line":1,"column":43}}})) != null ? stack1 : "")
    + ")";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"policy"),"sale_and_sharing"),{"name":"with","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":120},"end":{"line":1,"column":356}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"sells"),false,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":165},"end":{"line":1,"column":181}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":159},"end":{"line":1,"column":347}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"shares_for_advertising"),false,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":189},"end":{"line":1,"column":222}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.program(5, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":1,"column":183},"end":{"line":1,"column":340}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " We do not sell or share your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depths[1], "pd", {"start":{"line":1,"column":256},"end":{"line":1,"column":261}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":254},"end":{"line":1,"column":263}}})) != null ? stack1 : "")
    + ".";
},"5":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"shares_for_advertising"),{"name":"unless","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":264},"end":{"line":1,"column":333}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " We do not sell your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depths[1], "pd", {"start":{"line":1,"column":325},"end":{"line":1,"column":330}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":323},"end":{"line":1,"column":332}}})) != null ? stack1 : "")
    + ".";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"instruction"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":1,"column":383},"end":{"line":1,"column":407}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":383},"end":{"line":1,"column":407}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "label", {"start":{"line":1,"column":4},"end":{"line":1,"column":9}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reference"),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":11},"end":{"line":1,"column":51}}})) != null ? stack1 : "")
    + ".** You can "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "explanation", {"start":{"line":1,"column":65},"end":{"line":1,"column":76}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":63},"end":{"line":1,"column":78}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(helpers,"eq").call(alias2,lookupProperty(depth0,"right"),"opt_out_sale_sharing",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":85},"end":{"line":1,"column":118}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":79},"end":{"line":1,"column":363}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"instruction"),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":363},"end":{"line":1,"column":414}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true},
  "partials/subprocessor-data": {"0":function(container,depth0,helpers,partials,data) {
    return "All the data we collect";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(depth0,"categoryNames"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":1,"column":46},"end":{"line":1,"column":71}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":46},"end":{"line":1,"column":71}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"allData"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":78}}})) != null ? stack1 : "");
},"useData":true},
  "partials/subprocessor-name": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"link").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"url"),lookupProperty(depth0,"name"),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":1,"column":11},"end":{"line":1,"column":30}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "name", {"start":{"line":1,"column":40},"end":{"line":1,"column":44}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":38},"end":{"line":1,"column":46}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return " (independent controller)";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":53}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"role"),"controller",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":59},"end":{"line":1,"column":81}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":53},"end":{"line":1,"column":115}}})) != null ? stack1 : "");
},"useData":true},
  "partials/subprocessor-note": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"note"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":1,"column":12},"end":{"line":1,"column":29}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":12},"end":{"line":1,"column":29}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return " ";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"trains_on_data"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":1,"column":97},"end":{"line":1,"column":229}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return "May use your data to train its own AI models.";
},"4":function(container,depth0,helpers,partials,data) {
    return "Does not use your data to train its own AI models.";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":36}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"and").call(alias1,lookupProperty(depth0,"note"),lookupProperty(depth0,"trainingShown"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":1,"column":42},"end":{"line":1,"column":66}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":36},"end":{"line":1,"column":76}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"trainingShown"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":76},"end":{"line":1,"column":236}}})) != null ? stack1 : "");
},"useData":true},
  "partials/subprocessor-purpose": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"condition"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":1,"column":50},"end":{"line":1,"column":70}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":50},"end":{"line":1,"column":70}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"capitalize").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"purpose"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":1,"column":13},"end":{"line":1,"column":29}}}),{"name":"capitalize","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":31}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":31}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"condition"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":31},"end":{"line":1,"column":77}}})) != null ? stack1 : "");
},"useData":true},
  "partials/subprocessor-safeguard": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"mechanismShort").call(alias1,lookupProperty(depth0,"transfer_mechanism"),{"name":"mechanismShort","hash":{},"data":data,"loc":{"start":{"line":1,"column":26},"end":{"line":1,"column":63}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":26},"end":{"line":1,"column":63}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"outsideEeaUk"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":63},"end":{"line":1,"column":124}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "Not stated";
},"3":function(container,depth0,helpers,partials,data) {
    return "Not needed (EEA/UK)";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"transfer_mechanism"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":131}}})) != null ? stack1 : "");
},"useData":true},
  "retention": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## How long we keep your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "pd", {"start":{"line":2,"column":27},"end":{"line":2,"column":29}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":2,"column":25},"end":{"line":2,"column":31}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"retention"),"table"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We keep each kind of "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "pd", {"start":{"line":5,"column":23},"end":{"line":5,"column":25}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":5,"column":21},"end":{"line":5,"column":27}}})) != null ? stack1 : "")
    + " for the periods below.\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"retention"),"hasDetails"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"retention"),"rows"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "| Data | How long we keep it | What happens next |\n| --- | --- | --- |\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "| Data | How long we keep it |\n| --- | --- |\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "data", {"start":{"line":15,"column":4},"end":{"line":15,"column":8}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":15,"column":2},"end":{"line":15,"column":10}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"retention-period"),depth0,{"name":"retention-period","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"retention"),"hasDetails"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":37},"end":{"line":15,"column":104}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"retention-details"),depth0,{"name":"retention-details","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " |";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"retention"),"rows"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":20,"column":9}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "data", {"start":{"line":19,"column":6},"end":{"line":19,"column":10}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":19,"column":4},"end":{"line":19,"column":12}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"retention-period"),depth0,{"name":"retention-period","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasDetails"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":39},"end":{"line":19,"column":88}}})) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"retention-details"),depth0,{"name":"retention-details","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"retention"),"rows"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "rights": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Your rights\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"everyone"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"groups"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":49,"column":9}}})) != null ? stack1 : "")
    + "### How to exercise your rights\n\nTo exercise any of these rights, email us at "
    + ((stack1 = lookupProperty(helpers,"mailto").call(alias1,lookupProperty(depth0,"rightsEmail"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":52,"column":45},"end":{"line":52,"column":69}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"rights"),{"name":"with","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":69},"end":{"line":52,"column":338}}})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"rights"),{"name":"with","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":60,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"otherInstructions"),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":66,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"groups"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + "Wherever you live, you have the following rights:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"rights"),"everyone"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "### Rights for everyone\n\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"right-item"),depth0,{"name":"right-item","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"regions"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"rights"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"complaints"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":35,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"responseTime"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"inApp"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"subjectLine"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":44,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(depth0,"laws"),"0"),"ccpa",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":45,"column":6},"end":{"line":45,"column":26}}}),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":47,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### If you are in "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinOr").call(alias1,lookupProperty(depth0,"regions"),{"name":"joinOr","hash":{},"data":data,"loc":{"start":{"line":18,"column":18},"end":{"line":18,"column":36}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":18,"column":18},"end":{"line":18,"column":36}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "### If you are a California resident\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Under "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "lawTitle", {"start":{"line":24,"column":8},"end":{"line":24,"column":16}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":24,"column":6},"end":{"line":24,"column":18}}})) != null ? stack1 : "")
    + ", you "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"rights"),"everyone"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":24},"end":{"line":24,"column":65}}})) != null ? stack1 : "")
    + "have the following rights:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rights"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    return "also ";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"rights"),"everyone"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":0}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Under "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "lawTitle", {"start":{"line":30,"column":8},"end":{"line":30,"column":16}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":30,"column":6},"end":{"line":30,"column":18}}})) != null ? stack1 : "")
    + ", you have the rights listed above.\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"region"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":34,"column":50}}})) != null ? stack1 : "")
    + " can complain to "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"name"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":34,"column":67},"end":{"line":34,"column":429}}})) != null ? stack1 : "")
    + ".\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "In "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "region", {"start":{"line":34,"column":19},"end":{"line":34,"column":25}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":34,"column":17},"end":{"line":34,"column":27}}})) != null ? stack1 : "")
    + ", you";
},"13":function(container,depth0,helpers,partials,data) {
    return "You";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"institution").call(alias1,lookupProperty(depth0,"name"),{"name":"institution","hash":{},"data":data,"loc":{"start":{"line":34,"column":79},"end":{"line":34,"column":99}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":34,"column":79},"end":{"line":34,"column":99}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":99},"end":{"line":34,"column":135}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"local"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":135},"end":{"line":34,"column":288}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " at "
    + ((stack1 = lookupProperty(helpers,"link").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"url"),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":34,"column":114},"end":{"line":34,"column":128}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    return ", or to the supervisory authority in the country where you live or work or where you think the breach of data protection law happened";
},"17":function(container,depth0,helpers,partials,data) {
    return "the supervisory authority in the country where you live or work, or where you think the breach of data protection law happened";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We respond to requests under "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "lawShort", {"start":{"line":37,"column":31},"end":{"line":37,"column":39}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":37,"column":29},"end":{"line":37,"column":41}}})) != null ? stack1 : "")
    + " within "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"durationWords").call(alias1,lookupProperty(depth0,"responseTime"),{"name":"durationWords","hash":{},"data":data,"loc":{"start":{"line":37,"column":49},"end":{"line":37,"column":79}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":37,"column":49},"end":{"line":37,"column":79}}})) != null ? stack1 : "")
    + ".\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You can also make these requests in "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"inApp"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":40,"column":36},"end":{"line":40,"column":52}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":40,"column":36},"end":{"line":40,"column":52}}})) != null ? stack1 : "")
    + ".\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "When you email us about these rights, please use the subject line “"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "subjectLine", {"start":{"line":43,"column":69},"end":{"line":43,"column":80}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":43,"column":67},"end":{"line":43,"column":82}}})) != null ? stack1 : "")
    + "”.\n";
},"21":function(container,depth0,helpers,partials,data) {
    return "Someone you authorize can make a request for you; we will ask them for proof that you gave them permission.\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"subject_line"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":92},"end":{"line":52,"column":160}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":160},"end":{"line":52,"column":251}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"in_app"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":251},"end":{"line":52,"column":329}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " with the subject line “"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "subject_line", {"start":{"line":52,"column":138},"end":{"line":52,"column":150}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":52,"column":136},"end":{"line":52,"column":152}}})) != null ? stack1 : "")
    + "”";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"in_app"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.program(26, data, 0),"data":data,"loc":{"start":{"line":52,"column":171},"end":{"line":52,"column":206}}})) != null ? stack1 : "")
    + "use our request form at "
    + ((stack1 = lookupProperty(helpers,"link").call(alias1,lookupProperty(depth0,"url"),{"name":"link","hash":{},"data":data,"loc":{"start":{"line":52,"column":230},"end":{"line":52,"column":244}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    return ", ";
},"26":function(container,depth0,helpers,partials,data) {
    return " or ";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.program(29, data, 0),"data":data,"loc":{"start":{"line":52,"column":265},"end":{"line":52,"column":298}}})) != null ? stack1 : "")
    + " go to "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"in_app"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":52,"column":305},"end":{"line":52,"column":322}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":52,"column":305},"end":{"line":52,"column":322}}})) != null ? stack1 : "");
},"28":function(container,depth0,helpers,partials,data) {
    return ", or";
},"29":function(container,depth0,helpers,partials,data) {
    return " or";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"verification"),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"response_time"),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":59,"column":7}}})) != null ? stack1 : "");
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"verification"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":55,"column":25}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":55,"column":25}}})) != null ? stack1 : "")
    + "\n";
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We will respond within "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"durationWords").call(alias1,lookupProperty(depth0,"response_time"),{"name":"durationWords","hash":{},"data":data,"loc":{"start":{"line":58,"column":23},"end":{"line":58,"column":54}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":58,"column":23},"end":{"line":58,"column":54}}})) != null ? stack1 : "")
    + ".\n";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"otherInstructions"),{"name":"each","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":65,"column":9}}})) != null ? stack1 : "");
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "label", {"start":{"line":64,"column":6},"end":{"line":64,"column":11}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":64,"column":4},"end":{"line":64,"column":13}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"instruction"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":64,"column":17},"end":{"line":64,"column":41}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":64,"column":17},"end":{"line":64,"column":41}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"rights"),"present"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":67,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "security": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## How we protect your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "pd", {"start":{"line":2,"column":25},"end":{"line":2,"column":33}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":2,"column":23},"end":{"line":2,"column":35}}})) != null ? stack1 : "")
    + "\n\nWe protect "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "pd", {"start":{"line":4,"column":13},"end":{"line":4,"column":21}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":4,"column":11},"end":{"line":4,"column":23}}})) != null ? stack1 : "")
    + " with technical and organizational measures, including:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"measures"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"disclaimer"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"use_is_acceptance"),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"advice"),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"listItem").call(alias1,depth0,lookupProperty(depths[1],"measures"),{"name":"listItem","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":31}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":31}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "No method of sending or storing data is completely secure, so we cannot guarantee absolute security.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "By using "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "service", {"start":{"line":14,"column":11},"end":{"line":14,"column":24}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":14,"column":9},"end":{"line":14,"column":26}}})) != null ? stack1 : "")
    + ", you accept the risks that come with sending information over the internet.\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"advice"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":17,"column":19}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":17,"column":19}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"policy"),"security"),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true},
  "sharing": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## How we share your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "pd", {"start":{"line":2,"column":23},"end":{"line":2,"column":25}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":2,"column":21},"end":{"line":2,"column":27}}})) != null ? stack1 : "")
    + "\n\nWe share "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "pd", {"start":{"line":4,"column":11},"end":{"line":4,"column":13}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":15}}})) != null ? stack1 : "")
    + " only as described below.\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"sharing"),"processors"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":47,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"sharing"),"recipientCategories"),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"policy"),"disclosures"),{"name":"if","hash":{},"fn":container.program(36, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":65,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias2,lookupProperty(lookupProperty(depth0,"policy"),"sale_and_sharing"),{"name":"with","hash":{},"fn":container.program(38, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":0},"end":{"line":92,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Service providers\n\nWe use the following service providers to run "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "service", {"start":{"line":9,"column":48},"end":{"line":9,"column":55}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":9,"column":46},"end":{"line":9,"column":57}}})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"anyController"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"sharing"),"processors"),"length"),1,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":6},"end":{"line":16,"column":38}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"and").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"dpaAll"),lookupProperty(lookupProperty(depth0,"sharing"),"ownTermsAll"),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":32,"column":6},"end":{"line":32,"column":46}}}),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":45,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "They process "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "pd", {"start":{"line":11,"column":15},"end":{"line":11,"column":17}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":11,"column":13},"end":{"line":11,"column":19}}})) != null ? stack1 : "")
    + " on our behalf and under our instructions, except those marked as independent controllers, which decide for themselves how they use it.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "They process "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "pd", {"start":{"line":13,"column":15},"end":{"line":13,"column":17}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":13,"column":13},"end":{"line":13,"column":19}}})) != null ? stack1 : "")
    + " on our behalf and under our instructions.\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sharing"),"processors"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-name"),depth0,{"name":"subprocessor-name","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ": "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-purpose"),depth0,{"name":"subprocessor-purpose","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"categoryNames"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":54},"end":{"line":18,"column":120}}})) != null ? stack1 : "")
    + " Location: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"countryNames").call(alias1,lookupProperty(depth0,"locations"),{"name":"countryNames","hash":{},"data":data,"loc":{"start":{"line":18,"column":131},"end":{"line":18,"column":157}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":18,"column":131},"end":{"line":18,"column":157}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"region"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":157},"end":{"line":18,"column":191}}})) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"sharing"),"showSafeguards"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":192},"end":{"line":18,"column":276}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"or").call(alias1,lookupProperty(depth0,"note"),lookupProperty(depth0,"trainingShown"),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":18,"column":282},"end":{"line":18,"column":305}}}),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":276},"end":{"line":18,"column":338}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Data shared: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-data"),depth0,{"name":"subprocessor-data","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "region", {"start":{"line":18,"column":175},"end":{"line":18,"column":181}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":18,"column":173},"end":{"line":18,"column":183}}})) != null ? stack1 : "")
    + ")";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Safeguard: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-safeguard"),depth0,{"name":"subprocessor-safeguard","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ".";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-note"),depth0,{"name":"subprocessor-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "|"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"anyCategory"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":1},"end":{"line":21,"column":46}}})) != null ? stack1 : "")
    + " Provider | What they do |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"anyData"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":72},"end":{"line":21,"column":116}}})) != null ? stack1 : "")
    + " Location |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"showSafeguards"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":127},"end":{"line":21,"column":176}}})) != null ? stack1 : "")
    + "\n|"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"anyCategory"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":1},"end":{"line":22,"column":41}}})) != null ? stack1 : "")
    + " --- | --- |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"anyData"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":53},"end":{"line":22,"column":89}}})) != null ? stack1 : "")
    + " --- |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"showSafeguards"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":95},"end":{"line":22,"column":138}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"processors"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"noted"),{"name":"each","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":29,"column":9}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return " Category |";
},"12":function(container,depth0,helpers,partials,data) {
    return " Data shared |";
},"13":function(container,depth0,helpers,partials,data) {
    return " Safeguard |";
},"14":function(container,depth0,helpers,partials,data) {
    return " --- |";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "|"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"sharing"),"anyCategory"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":1},"end":{"line":24,"column":79}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-name"),depth0,{"name":"subprocessor-name","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " | "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-purpose"),depth0,{"name":"subprocessor-purpose","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"sharing"),"anyData"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":134},"end":{"line":24,"column":196}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"countryNames").call(alias1,lookupProperty(depth0,"locations"),{"name":"countryNames","hash":{},"data":data,"loc":{"start":{"line":24,"column":197},"end":{"line":24,"column":223}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":24,"column":197},"end":{"line":24,"column":223}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"region"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":223},"end":{"line":24,"column":257}}})) != null ? stack1 : "")
    + " |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"sharing"),"showSafeguards"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":259},"end":{"line":24,"column":333}}})) != null ? stack1 : "")
    + "\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"category"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":35},"end":{"line":24,"column":70}}})) != null ? stack1 : "")
    + " |";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "category", {"start":{"line":24,"column":53},"end":{"line":24,"column":61}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":24,"column":51},"end":{"line":24,"column":63}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-data"),depth0,{"name":"subprocessor-data","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " |";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-safeguard"),depth0,{"name":"subprocessor-safeguard","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + " |";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "name", {"start":{"line":28,"column":6},"end":{"line":28,"column":10}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":28,"column":4},"end":{"line":28,"column":12}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"subprocessor-note"),depth0,{"name":"subprocessor-note","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Each of these providers works under its own privacy terms and under a data processing agreement with us"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"citation"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":103},"end":{"line":33,"column":167}}})) != null ? stack1 : "")
    + ".\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", as Art. 28 of the "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "citation", {"start":{"line":33,"column":141},"end":{"line":33,"column":149}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":33,"column":139},"end":{"line":33,"column":151}}})) != null ? stack1 : "")
    + " requires";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"dpaAll"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.program(25, data, 0),"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"ownTermsAll"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(28, data, 0),"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":44,"column":7}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Each of these providers works under a data processing agreement with us"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"citation"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":71},"end":{"line":36,"column":135}}})) != null ? stack1 : "")
    + ".\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sharing"),"dpa"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":39,"column":0}}})) != null ? stack1 : "");
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"dpa"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":38,"column":23}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":38,"column":23}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"dpa"),"works","work",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":38,"column":24},"end":{"line":38,"column":61}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":38,"column":24},"end":{"line":38,"column":61}}})) != null ? stack1 : "")
    + " under a data processing agreement with us"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"citation"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":103},"end":{"line":38,"column":167}}})) != null ? stack1 : "")
    + ".\n";
},"27":function(container,depth0,helpers,partials,data) {
    return "Each of these providers handles your data under its own privacy terms.\n";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sharing"),"ownTerms"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":44,"column":0}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"ownTerms"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":43,"column":28}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":43,"column":28}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"ownTerms"),"handles","handle",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":43,"column":29},"end":{"line":43,"column":75}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":43,"column":29},"end":{"line":43,"column":75}}})) != null ? stack1 : "")
    + " your data under "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"ownTerms"),"its","their",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":43,"column":92},"end":{"line":43,"column":133}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":43,"column":92},"end":{"line":43,"column":133}}})) != null ? stack1 : "")
    + " own privacy terms.\n";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"processors"),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.program(32, data, 0),"data":data,"loc":{"start":{"line":49,"column":4},"end":{"line":49,"column":85}}})) != null ? stack1 : "")
    + "\n\nWe also use these kinds of service providers:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"recipientCategories"),{"name":"each","hash":{},"fn":container.program(33, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":55,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"31":function(container,depth0,helpers,partials,data) {
    return "Other service providers";
},"32":function(container,depth0,helpers,partials,data) {
    return "Service providers";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "name", {"start":{"line":54,"column":6},"end":{"line":54,"column":10}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":54,"column":4},"end":{"line":54,"column":12}}})) != null ? stack1 : "")
    + "**: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"purpose"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":54,"column":16},"end":{"line":54,"column":36}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":54,"column":16},"end":{"line":54,"column":36}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"location"),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":36},"end":{"line":54,"column":96}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"categoryNames"),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":96},"end":{"line":54,"column":164}}})) != null ? stack1 : "")
    + "\n";
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Location: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"countryNames").call(alias1,lookupProperty(depth0,"location"),{"name":"countryNames","hash":{},"data":data,"loc":{"start":{"line":54,"column":63},"end":{"line":54,"column":88}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":54,"column":63},"end":{"line":54,"column":88}}})) != null ? stack1 : "")
    + ".";
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Data shared: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(depth0,"categoryNames"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":54,"column":131},"end":{"line":54,"column":156}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":54,"column":131},"end":{"line":54,"column":156}}})) != null ? stack1 : "")
    + ".";
},"36":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Other disclosures\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"policy"),"disclosures"),{"name":"each","hash":{},"fn":container.program(37, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":63,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.invokePartial(lookupProperty(partials,"disclosure"),depth0,{"name":"disclosure","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "\n";
},"38":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Selling and sharing\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sells"),{"name":"if","hash":{},"fn":container.program(39, data, 0),"inverse":container.program(41, data, 0),"data":data,"loc":{"start":{"line":69,"column":0},"end":{"line":73,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"shares_for_advertising"),{"name":"if","hash":{},"fn":container.program(42, data, 0),"inverse":container.program(44, data, 0),"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":78,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"shares_with_data_brokers"),{"name":"if","hash":{},"fn":container.program(46, data, 0),"inverse":container.program(47, data, 0),"data":data,"loc":{"start":{"line":79,"column":0},"end":{"line":83,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"or").call(alias1,lookupProperty(depth0,"sells"),lookupProperty(depth0,"shares_for_advertising"),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":84,"column":6},"end":{"line":84,"column":39}}}),{"name":"if","hash":{},"fn":container.program(49, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":84,"column":0},"end":{"line":88,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(51, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":89,"column":0},"end":{"line":91,"column":7}}})) != null ? stack1 : "");
},"39":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We sell "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":70,"column":10},"end":{"line":70,"column":18}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":70,"column":8},"end":{"line":70,"column":20}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"laws"),"ccpa"),{"name":"if","hash":{},"fn":container.program(40, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":20},"end":{"line":70,"column":84}}})) != null ? stack1 : "")
    + ".\n";
},"40":function(container,depth0,helpers,partials,data) {
    return ", as “sale” is defined by the CCPA";
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We do not sell your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":72,"column":22},"end":{"line":72,"column":30}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":72,"column":20},"end":{"line":72,"column":32}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"laws"),"ccpa"),{"name":"if","hash":{},"fn":container.program(40, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":72,"column":32},"end":{"line":72,"column":96}}})) != null ? stack1 : "")
    + ".\n";
},"42":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We share "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":75,"column":11},"end":{"line":75,"column":19}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":75,"column":9},"end":{"line":75,"column":21}}})) != null ? stack1 : "")
    + " with advertising partners for cross-context behavioral advertising"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(data,"root"),"laws"),"ccpa"),{"name":"if","hash":{},"fn":container.program(43, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":75,"column":88},"end":{"line":75,"column":145}}})) != null ? stack1 : "")
    + ".\n";
},"43":function(container,depth0,helpers,partials,data) {
    return " (“sharing” under the CCPA)";
},"44":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"shares_for_advertising"),false,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":76,"column":10},"end":{"line":76,"column":43}}}),{"name":"if","hash":{},"fn":container.program(45, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":76,"column":0},"end":{"line":78,"column":0}}})) != null ? stack1 : "");
},"45":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We do not share it for cross-context behavioral advertising"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"laws"),"ccpa"),{"name":"if","hash":{},"fn":container.program(43, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":77,"column":59},"end":{"line":77,"column":116}}})) != null ? stack1 : "")
    + ".\n";
},"46":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We provide "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":80,"column":13},"end":{"line":80,"column":21}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":80,"column":11},"end":{"line":80,"column":23}}})) != null ? stack1 : "")
    + " to data brokers.\n";
},"47":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,lookupProperty(depth0,"shares_with_data_brokers"),false,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":81,"column":10},"end":{"line":81,"column":45}}}),{"name":"if","hash":{},"fn":container.program(48, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":81,"column":0},"end":{"line":83,"column":0}}})) != null ? stack1 : "");
},"48":function(container,depth0,helpers,partials,data) {
    return "We do not provide it to data brokers.\n";
},"49":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(lookupProperty(data,"root"),"laws"),"ccpa"),{"name":"if","hash":{},"fn":container.program(50, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":0},"end":{"line":87,"column":7}}})) != null ? stack1 : "");
},"50":function(container,depth0,helpers,partials,data) {
    return "You can opt out at any time; see “Your rights” below.\n";
},"51":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"note"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":90,"column":0},"end":{"line":90,"column":17}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":90,"column":0},"end":{"line":90,"column":17}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"or").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"processors"),lookupProperty(lookupProperty(depth0,"sharing"),"recipientCategories"),lookupProperty(lookupProperty(depth0,"policy"),"disclosures"),lookupProperty(lookupProperty(depth0,"policy"),"sale_and_sharing"),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":1,"column":6},"end":{"line":1,"column":100}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":93,"column":7}}})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "transfers": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Where we store and transfer your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "pd", {"start":{"line":2,"column":38},"end":{"line":2,"column":40}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":2,"column":36},"end":{"line":2,"column":42}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"transfers"),{"name":"with","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"transfers"),"outside"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"with").call(alias1,lookupProperty(lookupProperty(depth0,"policy"),"transfers"),{"name":"with","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":49,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"storage"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"eea_only"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(data,"root"),"gdprLike"),{"name":"unless","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":17,"column":11}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We store "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":6,"column":11},"end":{"line":6,"column":19}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":6,"column":9},"end":{"line":6,"column":21}}})) != null ? stack1 : "")
    + " in "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"countryList").call(alias1,lookupProperty(depth0,"storage"),{"name":"countryList","hash":{},"data":data,"loc":{"start":{"line":6,"column":25},"end":{"line":6,"column":48}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":6,"column":25},"end":{"line":6,"column":48}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"storage_detail"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":48},"end":{"line":6,"column":98}}})) != null ? stack1 : "")
    + ".\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "storage_detail", {"start":{"line":6,"column":74},"end":{"line":6,"column":88}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":6,"column":72},"end":{"line":6,"column":90}}})) != null ? stack1 : "")
    + ")";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"storage_detail"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":0}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "We store "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":8,"column":11},"end":{"line":8,"column":19}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":9},"end":{"line":8,"column":21}}})) != null ? stack1 : "")
    + " in "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"storage_detail"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":8,"column":25},"end":{"line":8,"column":50}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":8,"column":25},"end":{"line":8,"column":50}}})) != null ? stack1 : "")
    + ".\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "We do not keep copies of it outside the European Economic Area and the United Kingdom.\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"storage"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "If you use "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "service", {"start":{"line":15,"column":13},"end":{"line":15,"column":26}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":15,"column":11},"end":{"line":15,"column":28}}})) != null ? stack1 : "")
    + " from another country, your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(lookupProperty(data,"root"), "pd", {"start":{"line":15,"column":58},"end":{"line":15,"column":66}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":15,"column":56},"end":{"line":15,"column":68}}})) != null ? stack1 : "")
    + " will be transferred to and processed in "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,lookupProperty(helpers,"countryList").call(alias2,lookupProperty(depth0,"storage"),{"name":"countryList","hash":{},"data":data,"loc":{"start":{"line":15,"column":109},"end":{"line":15,"column":132}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":15,"column":109},"end":{"line":15,"column":132}}})) != null ? stack1 : "")
    + ", where data protection laws may differ from those where you live.\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"transfers"),"allOutside"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"sharing"),"showSafeguards"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "All the service providers named above process "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "pd", {"start":{"line":22,"column":48},"end":{"line":22,"column":50}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":22,"column":46},"end":{"line":22,"column":52}}})) != null ? stack1 : "")
    + " outside the European Economic Area and the United Kingdom, in "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"countryList").call(alias1,lookupProperty(lookupProperty(depth0,"transfers"),"outsideCountries"),{"name":"countryList","hash":{},"data":data,"loc":{"start":{"line":22,"column":115},"end":{"line":22,"column":157}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":22,"column":115},"end":{"line":22,"column":157}}})) != null ? stack1 : "")
    + ".\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(helpers,"names").call(alias1,lookupProperty(lookupProperty(depth0,"transfers"),"outside"),{"name":"names","hash":{},"data":data,"loc":{"start":{"line":24,"column":10},"end":{"line":24,"column":35}}}),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":24,"column":37}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":24,"column":37}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"plural").call(alias1,lookupProperty(lookupProperty(depth0,"transfers"),"outside"),"processes","process",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":24,"column":38},"end":{"line":24,"column":88}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":24,"column":38},"end":{"line":24,"column":88}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(depth0, "pd", {"start":{"line":24,"column":91},"end":{"line":24,"column":93}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":24,"column":89},"end":{"line":24,"column":95}}})) != null ? stack1 : "")
    + " outside the European Economic Area and the United Kingdom, in "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"countryList").call(alias1,lookupProperty(lookupProperty(depth0,"transfers"),"outsideCountries"),{"name":"countryList","hash":{},"data":data,"loc":{"start":{"line":24,"column":158},"end":{"line":24,"column":200}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":24,"column":158},"end":{"line":24,"column":200}}})) != null ? stack1 : "")
    + ".\n";
},"12":function(container,depth0,helpers,partials,data) {
    return "The safeguard we rely on for each is shown under “Service providers” above.\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"mechanisms"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"user_initiated"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":44,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"government_access"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":48,"column":7}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "When we transfer "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,container.strict(lookupProperty(data,"root"), "pd", {"start":{"line":33,"column":19},"end":{"line":33,"column":27}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":33,"column":17},"end":{"line":33,"column":29}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(data,"root"),"gdprLike"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":33,"column":30},"end":{"line":33,"column":140}}})) != null ? stack1 : "")
    + ", we rely on "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(helpers,"mechanismLabels").call(alias1,lookupProperty(depth0,"mechanisms"),lookupProperty(lookupProperty(data,"root"),"citation"),{"name":"mechanismLabels","hash":{},"data":data,"loc":{"start":{"line":33,"column":163},"end":{"line":33,"column":206}}}),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":33,"column":153},"end":{"line":33,"column":208}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":33,"column":153},"end":{"line":33,"column":208}}})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"and").call(alias1,lookupProperty(lookupProperty(data,"root"),"gdprLike"),lookupProperty(helpers,"includesAny").call(alias1,lookupProperty(depth0,"mechanisms"),"scc","uk_idta","bcr",{"name":"includesAny","hash":{},"data":data,"loc":{"start":{"line":34,"column":26},"end":{"line":34,"column":72}}}),{"name":"and","hash":{},"data":data,"loc":{"start":{"line":34,"column":6},"end":{"line":34,"column":73}}}),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    return "out of the European Economic Area or the United Kingdom";
},"16":function(container,depth0,helpers,partials,data) {
    return "to another country";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "You can ask us for a copy of the safeguards at "
    + ((stack1 = lookupProperty(helpers,"mailto").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(data,"root"),"privacyEmail"),{"name":"mailto","hash":{},"data":data,"loc":{"start":{"line":35,"column":47},"end":{"line":35,"column":78}}})) != null ? stack1 : "")
    + ".\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"note"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":39,"column":17}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":39,"column":17}}})) != null ? stack1 : "")
    + "\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"user_initiated"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":43,"column":27}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":43,"column":27}}})) != null ? stack1 : "")
    + "\n";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"government_access"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":47,"column":30}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":47,"column":30}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"transfers"),"present"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":50,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "use": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"heading"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"purposes"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(depth0 != null ? depth0 : (container.nullContext || {}),container.strict(depth0, "heading", {"start":{"line":7,"column":6},"end":{"line":7,"column":13}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":7,"column":4},"end":{"line":7,"column":15}}})) != null ? stack1 : "")
    + "\n\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"phrase").call(alias1,lookupProperty(depth0,"name"),{"name":"phrase","hash":{},"data":data,"loc":{"start":{"line":11,"column":4},"end":{"line":11,"column":19}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":11,"column":4},"end":{"line":11,"column":19}}})) != null ? stack1 : "")
    + ".**"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"description"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":22},"end":{"line":11,"column":73}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"categoryNames"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":73},"end":{"line":11,"column":139}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"if_not_provided"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":139},"end":{"line":11,"column":198}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"description"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":11,"column":42},"end":{"line":11,"column":66}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":11,"column":42},"end":{"line":11,"column":66}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Data used: "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"joinAnd").call(alias1,lookupProperty(depth0,"categoryNames"),{"name":"joinAnd","hash":{},"data":data,"loc":{"start":{"line":11,"column":106},"end":{"line":11,"column":131}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":11,"column":106},"end":{"line":11,"column":131}}})) != null ? stack1 : "")
    + ".";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"if_not_provided"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":11,"column":163},"end":{"line":11,"column":191}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":11,"column":163},"end":{"line":11,"column":191}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## How we use your "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "pd", {"start":{"line":1,"column":21},"end":{"line":1,"column":23}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":1,"column":19},"end":{"line":1,"column":25}}})) != null ? stack1 : "")
    + "\n\nWe use "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias2,alias1(depth0, "pd", {"start":{"line":3,"column":9},"end":{"line":3,"column":11}} ),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":3,"column":7},"end":{"line":3,"column":13}}})) != null ? stack1 : "")
    + " for the following purposes.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"purposeGroups"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "visibility": {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## What other users can see\n\n"
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"capitalize").call(alias1,lookupProperty(depth0,"audience"),{"name":"capitalize","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":23}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":23}}})) != null ? stack1 : "")
    + " can see:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"visible"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"not_visible"),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"copies"),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"listItem").call(alias1,depth0,lookupProperty(depths[1],"visible"),{"name":"listItem","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":30}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":7,"column":30}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "They cannot see:\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"not_visible"),{"name":"each","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"listItem").call(alias1,depth0,lookupProperty(depths[1],"not_visible"),{"name":"listItem","hash":{},"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":34}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":34}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"escapeText").call(alias1,lookupProperty(helpers,"sentence").call(alias1,lookupProperty(depth0,"copies"),{"name":"sentence","hash":{},"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":19,"column":19}}}),{"name":"escapeText","hash":{},"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":19,"column":19}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"policy"),"visibility"),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true},
};
